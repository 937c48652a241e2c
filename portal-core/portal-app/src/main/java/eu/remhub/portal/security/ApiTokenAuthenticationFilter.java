package eu.remhub.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer rh_…} API tokens on the API chain. A wrong or revoked token
 * is answered 401 at once, so a caller never mistakes it for anonymous access.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  /** An authenticated API token. */
  static final class ApiTokenAuthentication extends AbstractAuthenticationToken {
    private final TokenOwner owner;

    ApiTokenAuthentication(TokenOwner owner) {
      super(List.of(new SimpleGrantedAuthority("ROLE_API_TOKEN")));
      this.owner = owner;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public TokenOwner getPrincipal() {
      return owner;
    }

    @Override
    public String getName() {
      return "token:" + owner.tokenId() + "@organisation:" + owner.organisationId();
    }
  }

  private final ApiTokenCheck tokens;

  ApiTokenAuthenticationFilter(ApiTokenCheck tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var owner = tokens.authenticate(header.substring(7).trim());
      if (owner.isEmpty()) {
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response
            .getWriter()
            .write(
                "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The API token is unknown or revoked.\"}");
        return;
      }
      SecurityContextHolder.getContext().setAuthentication(new ApiTokenAuthentication(owner.get()));
    }
    chain.doFilter(request, response);
  }
}
