package eu.remhub.portal.plugin;

import eu.remhub.portal.api.service.PluginSettings;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.plugin.internal.PluginContextFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's side of plugin settings: what a plugin declares and has stored, and saving a whole form
 * at once (all values valid, or nothing stored), with an audit entry.
 */
@Service
public class PluginSettingsService {

  /**
   * What the settings form of one plugin shows.
   *
   * @param pluginId the plugin
   * @param declared the declared settings, in form order
   * @param stored the stored values by key
   * @param undeclared the stored keys without declaration (1.0 plugins, removed declarations)
   */
  public record SettingsForm(
      String pluginId,
      List<SettingDefinition> declared,
      Map<String, String> stored,
      List<String> undeclared) {}

  private final PluginService plugins;
  private final PluginContextFactory contexts;
  private final AuditService audit;

  public PluginSettingsService(
      PluginService plugins, PluginContextFactory contexts, AuditService audit) {
    this.plugins = plugins;
    this.contexts = contexts;
    this.audit = audit;
  }

  /** The form of an installed plugin. */
  public SettingsForm form(String pluginId) {
    PluginSettings settings = settingsOf(pluginId);
    List<SettingDefinition> declared = settings.declarations();
    Map<String, String> stored = settings.all();
    TreeSet<String> undeclared = new TreeSet<>(stored.keySet());
    declared.forEach(definition -> undeclared.remove(definition.key()));
    return new SettingsForm(pluginId, declared, stored, List.copyOf(undeclared));
  }

  /**
   * Saves the values of a form; a blank value removes the stored one.
   *
   * @return the keys whose value changed
   * @throws IllegalArgumentException listing every invalid value; nothing is stored then
   */
  @Transactional
  public List<String> save(String pluginId, Map<String, String> values) {
    PluginSettings settings = settingsOf(pluginId);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      settings
          .declaration(entry.getKey())
          .flatMap(d -> d.check(entry.getValue()))
          .ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    Map<String, String> before = new LinkedHashMap<>(settings.all());
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String value =
          entry.getValue() == null || entry.getValue().isBlank() ? null : entry.getValue().trim();
      if (!Objects.equals(before.get(entry.getKey()), value)) {
        settings.put(entry.getKey(), value);
        changed.add(entry.getKey());
      }
    }
    if (!changed.isEmpty()) {
      // Keys only: a setting may hold a secret, which has no place in the audit log.
      audit.record(
          "plugin.settings", "plugin:" + pluginId, "changed " + String.join(", ", changed));
    }
    return changed;
  }

  private PluginSettings settingsOf(String pluginId) {
    Optional<PluginInfo> plugin = plugins.find(pluginId);
    if (plugin.isEmpty()) {
      throw new PluginRefusedException("No plugin " + pluginId + " is installed");
    }
    return contexts.settings(pluginId, () -> plugins.declaredSettings(pluginId));
  }
}
