package eu.remhub.portal.api.event;

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
 * @since 1.0.0
 */
public record MembershipChanged(long organisationId, String planId, String status, Instant occurredAt) implements DomainEvent {}
