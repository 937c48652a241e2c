package eu.remhub.portal.security;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person of the current request or UI. Vaadin keeps the security context on UI threads; on
 * background threads there is none and the answer is empty.
 *
 * <p>The person's plugin roles follow the grants as they are now, not as they were at sign-in: a
 * role that staff grant or revoke counts from the person's next request or UI action. When they
 * differ, the signed-in authentication is replaced in the security context, so that Vaadin's
 * {@code @RolesAllowed} check on plugin views sees the same roles as {@code Access.role(...)}.
 */
@Component
public class CurrentPerson {

  private final ObjectProvider<GrantedPluginRoles> pluginRoles;

  public CurrentPerson(ObjectProvider<GrantedPluginRoles> pluginRoles) {
    this.pluginRoles = pluginRoles;
  }

  public Optional<CurrentUser> get() {
    SecurityContext context = SecurityContextHolder.getContext();
    Authentication auth = context.getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PortalUserDetails details) {
      CurrentUser user = details.user();
      GrantedPluginRoles grants = pluginRoles.getIfAvailable();
      if (grants == null) {
        return Optional.of(user);
      }
      Set<String> roles = withPluginRoles(user.roles(), grants.of(user.personId()));
      if (roles.equals(user.roles())) {
        return Optional.of(user);
      }
      CurrentUser updated =
          new CurrentUser(
              user.personId(),
              user.email(),
              user.displayName(),
              user.organisationId(),
              roles,
              user.locale());
      replace(context, auth, details, updated);
      return Optional.of(updated);
    }
    return Optional.empty();
  }

  /**
   * Takes a change of the signed-in person's own name and language into their session at once, so
   * that the next page speaks the new language without signing in again.
   *
   * @param displayName the name as saved
   * @param locale the language as saved
   */
  public void changedOwnProfile(String displayName, Locale locale) {
    SecurityContext context = SecurityContextHolder.getContext();
    Authentication auth = context.getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PortalUserDetails details) {
      CurrentUser user = details.user();
      replace(
          context,
          auth,
          details,
          new CurrentUser(
              user.personId(),
              user.email(),
              displayName,
              user.organisationId(),
              user.roles(),
              locale));
    }
  }

  private static void replace(
      SecurityContext context, Authentication auth, PortalUserDetails details, CurrentUser user) {
    PortalUserDetails refreshed =
        new PortalUserDetails(user, details.passwordHash(), details.enabled());
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.authenticated(
            refreshed, auth.getCredentials(), refreshed.getAuthorities());
    token.setDetails(auth.getDetails());
    context.setAuthentication(token);
  }

  /** The core roles of a person with the plugin roles granted now. */
  public static Set<String> withPluginRoles(Set<String> roles, Set<String> pluginRoles) {
    Set<String> all = new HashSet<>();
    for (String role : roles) {
      if (!GrantedPluginRoles.isPluginRole(role)) {
        all.add(role);
      }
    }
    all.addAll(pluginRoles);
    return Set.copyOf(all);
  }

  public boolean isStaff() {
    return get().map(u -> u.hasRole(Roles.STAFF)).orElse(false);
  }
}
