package eu.remhub.portal.security;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person of the current request or UI. Vaadin keeps the security context on UI threads; on
 * background threads there is none and the answer is empty.
 */
@Component
public class CurrentPerson {

  public Optional<CurrentUser> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PortalUserDetails details) {
      return Optional.of(details.user());
    }
    return Optional.empty();
  }

  public boolean isStaff() {
    return get().map(u -> u.hasRole(Roles.STAFF)).orElse(false);
  }
}
