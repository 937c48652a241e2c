package eu.remhub.portal.api.event;

import eu.remhub.portal.api.OrganisationId;
import java.time.Instant;

/**
 * An organisation's membership stopped granting entitlements.
 *
 * @param organisationId the organisationId
 * @param planId the planId
 * @param occurredAt when it happened
 * @since 1.0.0 ({@link #organisation()} since 1.1.0)
 */
public record MembershipLapsed(long organisationId, String planId, Instant occurredAt)
    implements DomainEvent {

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
