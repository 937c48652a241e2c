package eu.remhub.portal.runtime.settings;

import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.SettingDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules for declared settings shared by every {@link
 * eu.remhub.portal.api.service.PluginSettings} implementation. Stateless.
 */
public final class DeclaredSettings {

  private DeclaredSettings() {}

  /**
   * The declarations of a plugin's contributors, in contributor order.
   *
   * @param pluginId the plugin, for the message
   * @param contributors the plugin's settings contributors
   * @return the declarations
   * @throws IllegalArgumentException when two declarations share a key
   */
  public static List<SettingDefinition> collect(
      String pluginId, List<? extends SettingsContributor> contributors) {
    Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
    for (SettingsContributor contributor : contributors) {
      for (SettingDefinition definition : contributor.settings()) {
        if (byKey.putIfAbsent(definition.key(), definition) != null) {
          throw new IllegalArgumentException(
              pluginId + " declares the setting " + definition.key() + " twice");
        }
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * The value to store for a write: checked against the declaration, trimmed, {@code null} (remove)
   * for a blank value of a declared setting.
   *
   * @param declaration the key's declaration, or empty for an undeclared key
   * @param value the value written, or {@code null}
   * @return the value to store, or {@code null} to remove the stored one
   * @throws IllegalArgumentException when the declaration does not allow the value
   */
  public static String checkedValue(Optional<SettingDefinition> declaration, String value) {
    if (declaration.isEmpty()) {
      return value;
    }
    declaration
        .get()
        .check(value)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    return value == null || value.isBlank() ? null : value.trim();
  }
}
