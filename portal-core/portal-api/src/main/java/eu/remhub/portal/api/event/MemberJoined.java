package eu.remhub.portal.api.event;

import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.PersonId;
import java.time.Instant;

/**
 * A person joined an organisation.
 *
 * @param personId the personId
 * @param organisationId the organisationId
 * @param occurredAt when it happened
 * @since 1.0.0 ({@link #person()} and {@link #organisation()} since 1.1.0)
 */
public record MemberJoined(long personId, long organisationId, Instant occurredAt)
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

  /**
   * The person as a typed id.
   *
   * @return the person id
   * @since 1.1.0
   */
  public PersonId person() {
    return PersonId.of(personId);
  }
}
