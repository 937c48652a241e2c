package eu.remhub.portal.api.service;

import java.util.Map;
import java.util.Optional;

/**
 * String settings of one plugin, stored in the portal database; staff can see and change them.
 * Thread-safe.
 *
 * @since 1.0.0
 */
public interface PluginSettings {

  /**
   * Reads a setting.
   *
   * @param key the key
   * @return the value, or empty when not set
   */
  Optional<String> get(String key);

  /**
   * Writes a setting.
   *
   * @param key the key
   * @param value the value, or {@code null} to remove it
   */
  void put(String key, String value);

  /**
   * All settings of the plugin.
   *
   * @return the settings by key
   */
  Map<String, String> all();
}
