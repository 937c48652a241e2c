package eu.remhub.portal.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.Access;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedEndpointTest {

  private static final ApiHandler OK = request -> ApiResponse.ok("{}");

  @Test
  void typedFactoryAndBuilder_matchTheStringForm() {
    ApiEndpoint legacy = new ApiEndpoint("post", "calls/{id}/apply", Access.authenticated(), OK);

    assertThat(ApiEndpoint.of(HttpMethod.POST, "calls/{id}/apply", Access.authenticated(), OK))
        .isEqualTo(legacy);
    assertThat(
            ApiEndpoint.builder(HttpMethod.POST, "calls/{id}/apply")
                .access(Access.authenticated())
                .handler(OK)
                .build())
        .isEqualTo(legacy);
    assertThat(legacy.httpMethod()).contains(HttpMethod.POST);
  }

  @Test
  void aMethodOutsideTheEnum_staysReadableAsText() {
    ApiEndpoint odd = new ApiEndpoint("options", "calls", Access.anonymous(), OK);

    assertThat(odd.method()).isEqualTo("OPTIONS");
    assertThat(odd.httpMethod()).isEmpty();
  }

  @Test
  void builderWithoutHandler_isRefused() {
    assertThatThrownBy(
            () -> ApiEndpoint.builder(HttpMethod.GET, "calls").access(Access.anonymous()).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("handler");
  }

  @Test
  void parse_acceptsAnyCase_andAnswersEmptyForOtherWords() {
    assertThat(HttpMethod.parse(" delete ")).contains(HttpMethod.DELETE);
    assertThat(HttpMethod.parse("BREW")).isEmpty();
    assertThat(HttpMethod.parse(null)).isEmpty();
  }

  @Test
  void request_answersItsTypedMethod() {
    ApiRequest request =
        new ApiRequest("patch", "calls/1", Map.of(), Map.of(), Map.of(), null, null);

    assertThat(request.httpMethod()).contains(HttpMethod.PATCH);
  }
}
