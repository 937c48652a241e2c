package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * A person joined an organisation.
 *
 * @param personId the personId
 * @param organisationId the organisationId
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record MemberJoined(long personId, long organisationId, Instant occurredAt) implements DomainEvent {}
