package eu.remhub.portal.plugin;

import eu.remhub.portal.plugin.internal.PluginJarInspector;
import eu.remhub.portal.runtime.jar.InspectedJar;
import eu.remhub.portal.runtime.jar.PluginDependency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the installed plugins depend on each other: the order to start them in, who depends on whom,
 * and whether the installed versions satisfy a jar's dependency ranges.
 */
final class DependencyGraph {

  private final InstalledPlugins installed;
  private final PluginJarInspector inspector;

  DependencyGraph(InstalledPlugins installed, PluginJarInspector inspector) {
    this.installed = installed;
    this.inspector = inspector;
  }

  /** Dependencies before the plugins that need them; otherwise by id. */
  List<String> startOrder() {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : installed.ids()) {
      visit(id, seen, order);
    }
    return order;
  }

  /** The enabled plugins that depend (optionally or not) on a plugin, sorted. */
  List<String> enabledDependents(String pluginId) {
    return installed.all().stream()
        .filter(InstalledPlugin::enabled)
        .filter(o -> o.jar.dependencies().stream().anyMatch(d -> d.pluginId().equals(pluginId)))
        .map(InstalledPlugin::id)
        .sorted()
        .toList();
  }

  /** The installed plugins that cannot run without a plugin. */
  List<String> requiredBy(String pluginId) {
    return installed.all().stream()
        .filter(
            o ->
                o.jar.dependencies().stream()
                    .anyMatch(d -> !d.optional() && d.pluginId().equals(pluginId)))
        .map(InstalledPlugin::id)
        .toList();
  }

  /** Why an installed dependency's version does not fit the jar's range; empty when all fit. */
  String versionMismatch(InspectedJar jar) {
    for (PluginDependency dep : jar.dependencies()) {
      String mismatch = installed.get(dep.pluginId()).map(d -> mismatch(jar, dep, d)).orElse("");
      if (!mismatch.isEmpty()) {
        return mismatch;
      }
    }
    return "";
  }

  /** Refuses an upload whose required dependencies are missing or of the wrong version. */
  void checkInstallable(InspectedJar jar) {
    for (PluginDependency dep : jar.dependencies()) {
      InstalledPlugin d = installed.get(dep.pluginId()).orElse(null);
      if (d == null && !dep.optional()) {
        throw new PluginRefusedException(
            jar.id() + " needs " + dep + ", which is not installed; install it first.");
      }
      String mismatch = d == null ? "" : mismatch(jar, dep, d);
      if (!mismatch.isEmpty()) {
        throw new PluginRefusedException(mismatch);
      }
    }
  }

  private String mismatch(InspectedJar jar, PluginDependency dep, InstalledPlugin installedDep) {
    return inspector.satisfies(installedDep.jar.version(), dep.range())
        ? ""
        : jar.id()
            + " needs "
            + dep
            + " but version "
            + installedDep.jar.version()
            + " is installed.";
  }

  private void visit(String id, Set<String> seen, List<String> order) {
    InstalledPlugin p = installed.get(id).orElse(null);
    if (p == null || !seen.add(id)) {
      return;
    }
    p.jar.dependencies().forEach(d -> visit(d.pluginId(), seen, order));
    order.add(id);
  }
}
