package eu.remhub.portal.security;

import eu.remhub.portal.api.CurrentUser;

/**
 * Tells who holds which entitlement, for {@link AccessPolicy}. The member feature answers it (with
 * the plans that billing supplies); security only asks, so that it needs neither feature.
 */
public interface EntitlementCheck {

  /** Whether a person holds an entitlement. */
  boolean userHas(CurrentUser user, String entitlement);

  /** Whether an organisation holds an entitlement. */
  boolean organisationHas(long organisationId, String entitlement);
}
