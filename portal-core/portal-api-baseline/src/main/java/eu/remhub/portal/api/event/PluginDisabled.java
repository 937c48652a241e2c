package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * Staff disabled a plugin.
 *
 * @param pluginId the pluginId
 * @param version the version
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record PluginDisabled(String pluginId, String version, Instant occurredAt) implements DomainEvent {}
