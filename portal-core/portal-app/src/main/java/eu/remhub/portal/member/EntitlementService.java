package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.service.Entitlements;
import eu.remhub.portal.security.CurrentPerson;
import eu.remhub.portal.security.EntitlementCheck;
import org.springframework.stereotype.Service;

/**
 * Answers who holds which entitlement. An organisation holds those staff granted to it directly
 * and, while its membership is entitled, those of its plan; staff hold all.
 */
@Service
public class EntitlementService implements Entitlements, EntitlementCheck {

  private final MemberRepository members;
  private final CurrentPerson currentPerson;
  private final PlanAllowance memberships;

  public EntitlementService(
      MemberRepository members, CurrentPerson currentPerson, PlanAllowance memberships) {
    this.members = members;
    this.currentPerson = currentPerson;
    this.memberships = memberships;
  }

  @Override
  public boolean currentUserHas(String entitlement) {
    return currentPerson.get().map(user -> userHas(user, entitlement)).orElse(false);
  }

  @Override
  public boolean userHas(CurrentUser user, String entitlement) {
    if (user.hasRole(Roles.STAFF)) {
      return true;
    }
    return user.organisation().isPresent()
        && organisationHas(user.organisation().getAsLong(), entitlement);
  }

  @Override
  public boolean organisationHas(long organisationId, String entitlement) {
    return members.entitlementsOf(organisationId).contains(entitlement)
        || memberships.entitlementsOf(organisationId).contains(entitlement);
  }
}
