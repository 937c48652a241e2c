package eu.remhub.portal.member;

import eu.remhub.portal.search.OrganisationGrants;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells search which entitlements staff granted an organisation. */
@Component
class GrantedEntitlements implements OrganisationGrants {

  private final MemberRepository members;

  GrantedEntitlements(MemberRepository members) {
    this.members = members;
  }

  @Override
  public Set<String> grantedTo(long organisationId) {
    return members.entitlementsOf(organisationId);
  }
}
