package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * An organisation's membership started to grant entitlements.
 *
 * @param organisationId the organisationId
 * @param planId the planId
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record MembershipActivated(long organisationId, String planId, Instant occurredAt) implements DomainEvent {}
