package eu.remhub.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in posts that a browser sent from another site. Vaadin exempts its login form from
 * the CSRF token, so without this check a foreign page could sign a visitor into the attacker's
 * account ("login CSRF"). Browsers send {@code Origin} (or at least {@code Referer}) with a
 * cross-site form post; when either names another host than the request's, the post is refused.
 * {@code Origin: null} (a sandboxed frame, a {@code data:} page, a redirect across sites) names no
 * site at all: without a {@code Referer} of this host to vouch for it, it is refused as well.
 */
class LoginOriginFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader("Origin");
    String source = origin == null || origin.equals("null") ? request.getHeader("Referer") : origin;
    boolean opaque = "null".equals(origin) && source == null;
    if (opaque || source != null && !sameHost(source, request)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "Sign-in from another site is not accepted.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean sameHost(String source, HttpServletRequest request) {
    try {
      URI uri = URI.create(source.trim());
      String host = request.getServerName();
      int port = request.getServerPort();
      int sourcePort =
          uri.getPort() != -1
              ? uri.getPort()
              : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return host.equalsIgnoreCase(uri.getHost()) && port == sourcePort;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
