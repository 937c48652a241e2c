package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * An organisation's membership stopped granting entitlements.
 *
 * @param organisationId the organisationId
 * @param planId the planId
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record MembershipLapsed(long organisationId, String planId, Instant occurredAt) implements DomainEvent {}
