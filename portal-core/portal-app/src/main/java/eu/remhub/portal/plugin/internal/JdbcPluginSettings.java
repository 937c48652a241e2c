package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.service.PluginSettings;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.runtime.settings.DeclaredSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plugin's settings in the {@code plugin_setting} table, checked against what the plugin declares
 * (asked on every call, since the plugin may be updated meanwhile).
 */
final class JdbcPluginSettings implements PluginSettings {

  private final String pluginId;
  private final JdbcClient jdbc;
  private final Supplier<List<SettingDefinition>> declarations;

  /**
   * Settings of one plugin.
   *
   * @param pluginId the plugin
   * @param jdbc the core's database
   * @param declarations answers the plugin's declarations
   */
  JdbcPluginSettings(
      String pluginId, JdbcClient jdbc, Supplier<List<SettingDefinition>> declarations) {
    this.pluginId = pluginId;
    this.jdbc = jdbc;
    this.declarations = declarations;
  }

  @Override
  public List<SettingDefinition> declarations() {
    return declarations.get();
  }

  @Override
  public Optional<String> get(String key) {
    return jdbc.sql(
            "SELECT setting_value FROM plugin_setting WHERE plugin_id = ? AND setting_key = ?")
        .params(pluginId, key)
        .query(String.class)
        .optional();
  }

  @Override
  public void put(String key, String raw) {
    String value = DeclaredSettings.checkedValue(declaration(key), raw);
    jdbc.sql("DELETE FROM plugin_setting WHERE plugin_id = ? AND setting_key = ?")
        .params(pluginId, key)
        .update();
    if (value != null) {
      jdbc.sql(
              "INSERT INTO plugin_setting (plugin_id, setting_key, setting_value) VALUES (?, ?, ?)")
          .params(pluginId, key, value)
          .update();
    }
  }

  @Override
  public Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT setting_key, setting_value FROM plugin_setting WHERE plugin_id = ? ORDER BY setting_key")
        .param(pluginId)
        .query(
            rs -> {
              all.put(rs.getString(1), rs.getString(2));
            });
    return all;
  }
}
