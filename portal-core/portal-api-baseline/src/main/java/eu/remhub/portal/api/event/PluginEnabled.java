package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * Staff enabled a plugin (or it was enabled at start).
 *
 * @param pluginId the pluginId
 * @param version the version
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record PluginEnabled(String pluginId, String version, Instant occurredAt) implements DomainEvent {}
