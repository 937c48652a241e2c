package eu.remhub.portal.plugin;

import eu.remhub.portal.api.extension.DashboardWidget;
import eu.remhub.portal.api.extension.DashboardWidgetContributor;
import eu.remhub.portal.api.extension.EntitlementContributor;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.api.extension.RoleContributor;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.runtime.call.PluginCalls;
import eu.remhub.portal.runtime.pf4j.PortalPluginManager;
import eu.remhub.portal.runtime.roles.DeclaredRoles;
import eu.remhub.portal.runtime.settings.DeclaredSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.PluginWrapper;

/**
 * What the enabled plugins contribute, looked up in PF4J. Each extension is created through the
 * guard, one by one: PF4J's own look-up logs an extension whose constructor throws and leaves it
 * out without a word to staff; here the failure is the plugin's last error, and the plugin's other
 * extensions still count.
 */
final class PluginExtensions {

  private final PortalPluginManager manager;
  private final InstalledPlugins installed;
  private final PluginCalls calls;

  PluginExtensions(PortalPluginManager manager, InstalledPlugins installed, PluginCalls calls) {
    this.manager = manager;
    this.installed = installed;
    this.calls = calls;
  }

  /** Extensions of one type from every enabled plugin, by plugin id. */
  <T> Map<String, List<T>> of(Class<T> type) {
    Map<String, List<T>> all = new LinkedHashMap<>();
    for (String id : installed.enabledIds()) {
      all.put(id, of(type, id));
    }
    return all;
  }

  /** The extensions of one type that a started plugin offers, in PF4J's order. */
  <T> List<T> of(Class<T> type, String pluginId) {
    String what = type.getSimpleName();
    List<Class<? extends T>> classes =
        calls.call(
            pluginId,
            "look-up of " + what,
            () -> manager.getExtensionClasses(type, pluginId),
            List.of());
    List<T> extensions = new ArrayList<>(classes.size());
    for (Class<? extends T> extensionClass : classes) {
      T extension = create(pluginId, type, extensionClass);
      if (extension != null) {
        extensions.add(extension);
      }
    }
    return extensions;
  }

  Map<String, List<EntitlementDefinition>> entitlementsByPlugin() {
    Map<String, List<EntitlementDefinition>> all = new LinkedHashMap<>();
    of(EntitlementContributor.class)
        .forEach(
            (id, contributors) -> {
              for (EntitlementContributor c : contributors) {
                all.computeIfAbsent(id, k -> new ArrayList<>())
                    .addAll(calls.call(id, c, "entitlements", c::entitlements, List.of()));
              }
            });
    return all;
  }

  Map<DashboardWidget, String> dashboardWidgets() {
    Map<DashboardWidget, String> all = new LinkedHashMap<>();
    of(DashboardWidgetContributor.class)
        .forEach(
            (id, contributors) -> {
              for (DashboardWidgetContributor c : contributors) {
                calls
                    .call(id, c, "dashboard widgets", c::widgets, List.<DashboardWidget>of())
                    .forEach(w -> all.put(w, id));
              }
            });
    return all;
  }

  /**
   * The search document types a plugin declares, read from the extension index rather than PF4J's
   * started extensions: a plugin may publish documents from its own start(), before PF4J counts it
   * as started.
   */
  Set<String> searchTypes(String pluginId) {
    Set<String> types = new HashSet<>();
    for (SearchDocumentContributor contributor :
        indexed(pluginId, SearchDocumentContributor.class)) {
      types.addAll(
          calls.call(pluginId, contributor, "search types", contributor::types, List.of()));
    }
    return types;
  }

  /**
   * The settings a plugin declares through its {@link SettingsContributor}s, read from the
   * extension index like {@link #searchTypes}, so that the plugin's own start() already sees its
   * defaults.
   */
  List<SettingDefinition> declaredSettings(String pluginId) {
    List<SettingsContributor> contributors = indexed(pluginId, SettingsContributor.class);
    return calls.call(
        pluginId, "settings", () -> DeclaredSettings.collect(pluginId, contributors), List.of());
  }

  /**
   * The roles a plugin declares through its {@link RoleContributor}s, read from the extension index
   * like {@link #searchTypes}; none when they break the rules (the failure is the plugin's).
   */
  List<RoleDefinition> declaredRoles(String pluginId) {
    List<RoleContributor> contributors = indexed(pluginId, RoleContributor.class);
    return calls.call(
        pluginId, "roles", () -> DeclaredRoles.collect(pluginId, contributors), List.of());
  }

  /** Extensions of one type that a loaded plugin lists in its index, started or not. */
  private <T> List<T> indexed(String pluginId, Class<T> kind) {
    List<T> found = new ArrayList<>();
    PluginWrapper wrapper = manager.getPlugin(pluginId);
    if (wrapper == null) {
      return found;
    }
    for (String className : manager.getExtensionClassNames(pluginId)) {
      Class<?> type =
          calls.call(
              pluginId, "loading extension " + className, () -> load(wrapper, className), null);
      if (type != null && kind.isAssignableFrom(type)) {
        T extension = create(pluginId, kind, type);
        if (extension != null) {
          found.add(extension);
        }
      }
    }
    return found;
  }

  /** The class loaders of enabled plugins, by plugin id (for their message bundles). */
  Map<String, ClassLoader> classLoaders() {
    Map<String, ClassLoader> loaders = new LinkedHashMap<>();
    for (String id : installed.enabledIds()) {
      PluginWrapper wrapper = manager.getPlugin(id);
      if (wrapper != null) {
        loaders.put(id, wrapper.getPluginClassLoader());
      }
    }
    return loaders;
  }

  private <T> T create(String pluginId, Class<T> type, Class<?> extensionClass) {
    return calls.call(
        pluginId,
        "creating extension " + extensionClass.getName(),
        () -> type.cast(manager.getExtensionFactory().create(extensionClass)),
        null);
  }

  private static Class<?> load(PluginWrapper wrapper, String className) {
    try {
      return wrapper.getPluginClassLoader().loadClass(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "it lists extension " + className + ", which it does not contain", e);
    }
  }
}
