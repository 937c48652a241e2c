package eu.remhub.portal.security;

import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.web.ApiCaller;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides whether an {@link Access} rule admits a person, a visitor or an API caller: one place for
 * menus, plugin routes and plugin endpoints alike.
 */
@Component
public class AccessPolicy {

  private final EntitlementCheck entitlements;

  public AccessPolicy(EntitlementCheck entitlements) {
    this.entitlements = entitlements;
  }

  /** Whether the rule admits a person, or a visitor when empty. */
  public boolean admits(Access access, Optional<CurrentUser> user) {
    return switch (access.kind()) {
      case ANONYMOUS -> true;
      case AUTHENTICATED -> user.isPresent();
      case ROLE -> user.map(u -> u.hasRole(access.value())).orElse(false);
      case ENTITLEMENT -> user.map(u -> entitlements.userHas(u, access.value())).orElse(false);
    };
  }

  /**
   * Whether the rule admits an API caller. A token acts for its organisation as a member would: it
   * passes authenticated and entitlement rules, never role rules.
   */
  public boolean admits(Access access, ApiCaller caller) {
    if (caller.person().isPresent()) {
      return admits(access, caller.person());
    }
    if (caller.tokenOrganisationId() <= 0) {
      return access.kind() == Access.Kind.ANONYMOUS;
    }
    return switch (access.kind()) {
      case ANONYMOUS, AUTHENTICATED -> true;
      case ROLE -> false;
      case ENTITLEMENT ->
          entitlements.organisationHas(caller.tokenOrganisationId(), access.value());
    };
  }
}
