package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one OpenAPI document at {@code /v3/api-docs}: the core's descriptions and an enabled plugin's
 * paths under {@code /api/v1}, every reference resolving inside the document; the plugin's part
 * goes when it is disabled and comes back when it is enabled.
 */
@PortalIntegrationTest
class PluginOpenApiIT {

  @LocalServerPort int port;
  @Autowired PluginService plugins;
  @Autowired Accounts accounts;

  @BeforeEach
  void installShowcase() throws Exception {
    accounts.signIn(Persona.STAFF);
    Path jar = ShowcasePlugin.jar();
    try (InputStream in = Files.newInputStream(jar)) {
      plugins.upload(jar.getFileName().toString(), in);
    }
    assertThat(plugins.enable("showcase")).isTrue();
  }

  @AfterEach
  void uninstall() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("showcase").isPresent()) {
      plugins.uninstall("showcase", true);
    }
    accounts.signIn(Persona.ANONYMOUS);
  }

  @Test
  void mergedDocument_describesTheCoreAndTheEnabledPlugin_andFollowsItsState() throws Exception {
    Map<String, Object> enabled = OpenApiChecks.parse(apiDocs());

    assertThat(enabled).containsEntry("openapi", "3.1.0");
    assertThat(OpenApiChecks.paths(enabled))
        .contains("/api/v1/search", "/api/v1/organisations", "/api/v1/showcase/listings");
    assertThat(OpenApiChecks.schemas(enabled)).contains("showcase.Listing", "Organisation", "Hit");
    assertThat(OpenApiChecks.unresolvedReferences(enabled)).isEmpty();
    assertThat(OpenApiChecks.operationIds(enabled)).doesNotHaveDuplicates();

    accounts.signIn(Persona.STAFF);
    plugins.disable("showcase", false);
    Map<String, Object> disabled = OpenApiChecks.parse(apiDocs());
    assertThat(OpenApiChecks.paths(disabled))
        .contains("/api/v1/search")
        .doesNotContain("/api/v1/showcase/listings");
    assertThat(OpenApiChecks.schemas(disabled)).doesNotContain("showcase.Listing");

    assertThat(plugins.enable("showcase")).isTrue();
    assertThat(OpenApiChecks.paths(OpenApiChecks.parse(apiDocs())))
        .contains("/api/v1/showcase/listings");
  }

  private String apiDocs() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return response.body();
  }
}
