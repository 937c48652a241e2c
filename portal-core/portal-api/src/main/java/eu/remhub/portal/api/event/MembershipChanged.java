package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * An organisation's membership changed plan or status; status mirrors the billing provider's (active, past_due, ...).
 *
 * @param organisationId the organisationId
 * @param planId the planId
 * @param status the status
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record MembershipChanged(long organisationId, String planId, String status, Instant occurredAt) implements DomainEvent {}
