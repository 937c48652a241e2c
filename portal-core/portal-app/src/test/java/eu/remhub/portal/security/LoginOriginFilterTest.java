package eu.remhub.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginOriginFilterTest {

  private final LoginOriginFilter filter = new LoginOriginFilter();

  @Test
  void signInPostedFromAnotherSite_isRefused() throws Exception {
    assertThat(post("https://evil.example", null)).isEqualTo(403);
    assertThat(post(null, "https://evil.example/page")).isEqualTo(403);
  }

  @Test
  void signInWithAnOpaqueOrigin_isRefusedUnlessThePortalIsTheReferer() throws Exception {
    assertThat(post("null", null)).isEqualTo(403);
    assertThat(post("null", "https://evil.example/page")).isEqualTo(403);
    assertThat(post("null", "http://portal.example:8080/login")).isEqualTo(200);
  }

  @Test
  void signInFromThePortalItself_orFromAClientWithoutBrowserHeaders_passes() throws Exception {
    assertThat(post("http://portal.example:8080", null)).isEqualTo(200);
    assertThat(post(null, "http://portal.example:8080/login")).isEqualTo(200);
    assertThat(post(null, null)).isEqualTo(200);
  }

  private int post(String origin, String referer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    request.setServletPath("/login");
    request.setServerName("portal.example");
    request.setServerPort(8080);
    if (origin != null) {
      request.addHeader("Origin", origin);
    }
    if (referer != null) {
      request.addHeader("Referer", referer);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response.getStatus();
  }
}
