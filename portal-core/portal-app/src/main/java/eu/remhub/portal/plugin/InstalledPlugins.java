package eu.remhub.portal.plugin;

import eu.remhub.portal.runtime.call.PluginFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installed plugins by id, and the files in the plugins folder that could not be installed
 * (shown to staff as failed entries so that they can remove them). Written under the lifecycle
 * lock; read from any thread.
 */
final class InstalledPlugins {

  private final Map<String, InstalledPlugin> byId = new ConcurrentHashMap<>();
  private final Map<String, String> brokenFiles = new ConcurrentHashMap<>();

  void clear() {
    byId.clear();
    brokenFiles.clear();
  }

  Optional<InstalledPlugin> get(String pluginId) {
    return Optional.ofNullable(byId.get(pluginId));
  }

  InstalledPlugin require(String pluginId) {
    return get(pluginId)
        .orElseThrow(() -> new PluginRefusedException(pluginId + " is not installed."));
  }

  boolean contains(String pluginId) {
    return byId.containsKey(pluginId);
  }

  void put(InstalledPlugin plugin) {
    byId.put(plugin.id(), plugin);
  }

  void remove(String pluginId) {
    byId.remove(pluginId);
  }

  Collection<InstalledPlugin> all() {
    return byId.values();
  }

  List<String> ids() {
    return byId.keySet().stream().sorted().toList();
  }

  /** The ids of the enabled plugins, sorted. */
  List<String> enabledIds() {
    return byId.values().stream()
        .filter(InstalledPlugin::enabled)
        .map(InstalledPlugin::id)
        .sorted()
        .toList();
  }

  void brokenFile(String name, String reason) {
    brokenFiles.put(name, reason);
  }

  boolean removeBrokenFile(String name) {
    return brokenFiles.remove(name) != null;
  }

  /** Shows a failed call into a plugin to staff as the plugin's last error. */
  void recordFailure(PluginFailure failure) {
    get(failure.pluginId()).ifPresent(p -> p.lastError = failure.describe());
  }

  /** Every installed plugin, and the files that could not be installed, by id. */
  List<PluginInfo> list() {
    List<PluginInfo> result = new ArrayList<>();
    byId.values().forEach(p -> result.add(p.info()));
    brokenFiles.forEach(
        (file, reason) ->
            result.add(
                new PluginInfo(
                    file,
                    file,
                    "",
                    "",
                    "",
                    "",
                    PluginStatus.FAILED,
                    "",
                    List.of(),
                    "",
                    reason,
                    "file",
                    null,
                    "")));
    result.sort(Comparator.comparing(PluginInfo::id));
    return result;
  }
}
