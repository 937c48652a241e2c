package eu.remhub.portal.member;

import java.util.Set;

/**
 * What an organisation's membership plan allows it now: its entitlements and its seats. Billing
 * knows plans and memberships and implements this; member only asks, so that billing may use member
 * and never the other way round.
 */
public interface PlanAllowance {

  /** The entitlements of the organisation's plan while its membership is entitled, else none. */
  Set<String> entitlementsOf(long organisationId);

  /** How many people the organisation may have. */
  int seatLimit(long organisationId);
}
