package eu.remhub.portal.api.event;

import eu.remhub.portal.api.PluginId;
import java.time.Instant;

/**
 * Staff disabled a plugin.
 *
 * @param pluginId the pluginId
 * @param version the version
 * @param occurredAt when it happened
 * @since 1.0.0 ({@link #plugin()} since 1.1.0)
 */
public record PluginDisabled(String pluginId, String version, Instant occurredAt)
    implements DomainEvent {

  /**
   * The plugin as a typed id.
   *
   * @return the plugin id
   * @since 1.1.0
   */
  public PluginId plugin() {
    return PluginId.of(pluginId);
  }
}
