package eu.remhub.portal.testkit;

import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.PluginSettings;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.runtime.settings.DeclaredSettings;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@link PluginSettings} in a map; a test sets values with {@link #put} as staff would.
 * Declarations given with {@link #declare} (since 1.1.0) are honoured as the portal honours them:
 * writes are checked, typed reads fall back to the defaults. For a plugin loaded by {@link
 * TestPluginManager} the declarations come from the plugin's own {@link SettingsContributor}
 * extensions, as in the portal. Thread-safe.
 *
 * @since 1.0.0
 */
public final class InMemoryPluginSettings implements PluginSettings {

  private final String pluginId;
  private final Map<String, String> values = new ConcurrentHashMap<>();
  private volatile Supplier<List<SettingDefinition>> declarations = List::of;

  InMemoryPluginSettings(String pluginId) {
    this.pluginId = pluginId;
  }

  /**
   * Declares the plugin's settings, as the portal learns them from the plugin's extensions;
   * replaces earlier declarations.
   *
   * @param contributors the plugin's settings contributors
   * @return this object
   * @throws IllegalArgumentException when two declarations share a key
   * @since 1.1.0
   */
  public InMemoryPluginSettings declare(SettingsContributor... contributors) {
    List<SettingDefinition> declared =
        List.copyOf(DeclaredSettings.collect(pluginId, List.of(contributors)));
    declarations = () -> declared;
    return this;
  }

  /**
   * Takes the declarations from a source asked on each use, as the portal asks a loaded plugin's
   * extensions; replaces earlier declarations.
   */
  void declareFrom(Supplier<List<SettingDefinition>> source) {
    declarations = Objects.requireNonNull(source, "source");
  }

  @Override
  public List<SettingDefinition> declarations() {
    return declarations.get();
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public void put(String key, String raw) {
    Objects.requireNonNull(key, "key");
    String value = DeclaredSettings.checkedValue(declaration(key), raw);
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return a snapshot, sorted by key
   */
  @Override
  public Map<String, String> all() {
    return Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
