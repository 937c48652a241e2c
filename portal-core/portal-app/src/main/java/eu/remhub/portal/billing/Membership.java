package eu.remhub.portal.billing;

import java.time.Instant;
import java.util.Optional;

/**
 * An organisation's membership as stored: the plan, the provider's status and period.
 *
 * @param rawStatus the status word as the provider sent it (kept even when unknown to us)
 * @param stateAt the time of the newest snapshot applied
 * @param entitled the entitlement last announced with a domain event
 */
public record Membership(
    long organisationId,
    String planId,
    BillingInterval interval,
    String provider,
    String rawStatus,
    String stripeSubscriptionId,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    boolean cancelAtPeriodEnd,
    Instant pastDueSince,
    Instant stateAt,
    boolean entitled,
    Instant createdAt,
    Instant updatedAt) {

  public MembershipStatus status() {
    return MembershipStatus.of(rawStatus);
  }

  public Optional<String> subscriptionId() {
    return Optional.ofNullable(stripeSubscriptionId);
  }

  /** The policy's answer now, for this membership on its plan. */
  public boolean entitledAt(Plan plan, Instant now) {
    return status().entitles(pastDueSince, plan == null ? 0 : plan.graceDays(), now);
  }
}
