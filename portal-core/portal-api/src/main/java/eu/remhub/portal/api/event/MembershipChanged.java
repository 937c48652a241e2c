package eu.remhub.portal.api.event;

import eu.remhub.portal.api.OrganisationId;
import java.time.Instant;

/**
 * An organisation's membership changed at its billing provider: plan, status, billing period or
 * cancellation at period end. The status mirrors the provider's word (active, past_due, ...); the
 * beginning and end of the plan's entitlements are announced by {@link MembershipActivated} and
 * {@link MembershipLapsed}.
 *
 * @param organisationId the organisation whose membership it is
 * @param planId the plan it is on now
 * @param status the provider's status word now
 * @param occurredAt when it happened
 * @since 1.0.0 ({@link #membershipStatus()} and {@link #organisation()} since 1.1.0)
 */
public record MembershipChanged(
    long organisationId, String planId, String status, Instant occurredAt) implements DomainEvent {

  /**
   * The status as a constant, for a switch instead of comparing words.
   *
   * @return the status; {@link MembershipStatus#OTHER} for a word the contract does not know
   * @since 1.1.0
   */
  public MembershipStatus membershipStatus() {
    return MembershipStatus.of(status);
  }

  /**
   * The organisation as a typed id.
   *
   * @return the organisation id
   * @since 1.1.0
   */
  public OrganisationId organisation() {
    return OrganisationId.of(organisationId);
  }
}
