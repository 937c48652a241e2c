package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * Staff approved a member organisation.
 *
 * @param organisationId the organisationId
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record OrganisationApproved(long organisationId, Instant occurredAt) implements DomainEvent {}
