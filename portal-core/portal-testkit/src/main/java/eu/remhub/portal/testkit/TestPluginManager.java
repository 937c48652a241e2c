package eu.remhub.portal.testkit;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalPlugin;
import eu.remhub.portal.api.extension.RoleContributor;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.api.extension.ScheduledJob;
import eu.remhub.portal.api.extension.ScheduledJobContributor;
import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.runtime.jar.PluginJarCheck;
import eu.remhub.portal.runtime.jar.PluginJarRefusedException;
import eu.remhub.portal.runtime.pf4j.PortalPluginManager;
import eu.remhub.portal.runtime.roles.DeclaredRoles;
import eu.remhub.portal.runtime.settings.DeclaredSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The portal's own plugin manager ({@link PortalPluginManager}, the same class the portal loads
 * plugins with) with a {@link TestPluginContext} per plugin: for tests that load plugin jars (built
 * with {@link PluginJarBuilder} or by the plugin's own module) through the real runtime.
 *
 * <p>Before it loads a jar (since 1.1.0) it applies the portal's upload check ({@link
 * PluginJarCheck}): a jar the portal would refuse (a bad id or version, no or another contract
 * range, a bundled copy of the contract or of Vaadin, Spring or PF4J, a frontend dependency, over
 * the portal's default size) makes {@link #loadPlugins()} throw a {@link PluginJarRefusedException}
 * naming the file and giving the reason in the words staff would read. Like the portal it loads the
 * contract's packages parent-first, runs a plugin's migrations before the plugin is created and
 * started, passes the context to the {@link PortalPlugin} constructor and to extension constructors
 * that take a {@link PluginContext}, creates each extension once per plugin load, makes {@code
 * PluginContexts.of(...)} answer for the plugin's classes, and gives the context's settings the
 * declarations of the plugin's {@link SettingsContributor} extensions (read from the jar's
 * extension index by the portal's rule, {@link DeclaredSettings#collect}, so that already the
 * plugin's {@code start()} sees its defaults and every write is checked). A plugin whose start
 * throws ends in state {@code FAILED} with the error kept. Since 1.1.0 the context's roles know the
 * plugin's {@link RoleContributor} declarations and its jobs are the {@link
 * ScheduledJobContributor} jobs of the started plugin, which {@link #runJobs(String)} runs now.
 * Unlike the portal it keeps nothing between runs: {@link #close()} stops and unloads everything
 * and drops the contexts.
 *
 * <pre>{@code
 * try (TestPluginManager plugins = new TestPluginManager(tempDir)) {
 *   plugins.loadPlugins();
 *   plugins.startPlugins();
 *   List<RouteContributor> routes = plugins.getExtensions(RouteContributor.class);
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public class TestPluginManager extends PortalPluginManager implements AutoCloseable {

  private final Contexts contexts;
  private final PluginJarCheck check;

  /**
   * Creates a manager that loads the plugins in a folder.
   *
   * @param pluginsRoot the folder holding plugin jars
   */
  public TestPluginManager(Path pluginsRoot) {
    this(pluginsRoot, new PluginJarCheck());
  }

  /**
   * Creates a manager that loads jars without the portal's upload check, for the kit's own tests of
   * what the runtime does with a jar the portal would never accept.
   *
   * @param pluginsRoot the folder holding plugin jars
   * @param check the check to apply, or null for none
   */
  TestPluginManager(Path pluginsRoot, PluginJarCheck check) {
    this(pluginsRoot, new Contexts(), check);
  }

  private TestPluginManager(Path pluginsRoot, Contexts contexts, PluginJarCheck check) {
    super(pluginsRoot, contexts::of);
    this.contexts = contexts;
    this.check = check;
    contexts.manager = this;
  }

  /**
   * The context of a plugin, created when the plugin is first created.
   *
   * @param pluginId the plugin id
   * @return the plugin's context
   * @throws IllegalArgumentException when no plugin of that id has been created
   */
  public TestPluginContext context(String pluginId) {
    TestPluginContext context = contexts.byId.get(pluginId);
    if (context == null) {
      throw new IllegalArgumentException("No plugin '" + pluginId + "' has been created");
    }
    return context;
  }

  /**
   * Refuses a jar the portal would refuse at upload, before PF4J reads it.
   *
   * <p>PF4J's {@code loadPlugins()} logs and skips only its own {@code PluginRuntimeException}s, so
   * this refusal reaches the test instead of leaving a plugin silently missing.
   */
  @Override
  protected PluginWrapper loadPluginFromPath(Path pluginPath) {
    if (check != null) {
      try {
        check.requireFit(pluginPath, PluginJarCheck.DEFAULT_MAX_SIZE);
      } catch (PluginJarRefusedException e) {
        throw new PluginJarRefusedException(pluginPath.getFileName() + ": " + e.getMessage(), e);
      }
    }
    return super.loadPluginFromPath(pluginPath);
  }

  /**
   * The settings a loaded plugin declares, from the extensions its index lists, started or not, as
   * the portal reads them.
   *
   * @param pluginId the plugin id
   * @return the declarations, in the order of the extension index
   * @throws IllegalArgumentException when two declarations share a key
   * @throws IllegalStateException when the index names a class the jar does not contain
   * @since 1.1.0
   */
  public List<SettingDefinition> declaredSettings(String pluginId) {
    return DeclaredSettings.collect(
        pluginId, indexedExtensions(pluginId, SettingsContributor.class));
  }

  /**
   * The roles a loaded plugin declares, from the {@link RoleContributor} extensions its index
   * lists, started or not, as the portal reads them.
   *
   * @param pluginId the plugin id
   * @return the role definitions, in the order of the extension index
   * @throws IllegalArgumentException when a role lies outside the plugin's id or is declared twice
   * @throws IllegalStateException when the index names a class the jar does not contain
   * @since 1.1.0
   */
  public List<RoleDefinition> declaredRoles(String pluginId) {
    return DeclaredRoles.collect(pluginId, indexedExtensions(pluginId, RoleContributor.class));
  }

  /**
   * The scheduled jobs of a started plugin, from its {@link ScheduledJobContributor} extensions;
   * none for a plugin that is not started, as the portal stops a plugin's jobs with the plugin.
   *
   * @param pluginId the plugin id
   * @return the jobs
   * @throws IllegalArgumentException when two jobs share a name
   * @since 1.1.0
   */
  public List<ScheduledJob> scheduledJobs(String pluginId) {
    PluginWrapper plugin = getPlugin(pluginId);
    if (plugin == null || plugin.getPluginState() != PluginState.STARTED) {
      return List.of();
    }
    return TestScheduledJobs.collect(
        pluginId, getExtensions(ScheduledJobContributor.class, pluginId));
  }

  /**
   * Runs every scheduled job of a started plugin once now; short for {@code
   * context(pluginId).jobs().runAll()}.
   *
   * @param pluginId the plugin id
   * @return the names of the jobs run; none for a plugin that is not started
   * @throws IllegalArgumentException when no plugin of that id has been created
   * @since 1.1.0
   */
  public List<String> runJobs(String pluginId) {
    return context(pluginId).jobs().runAll();
  }

  /** The extensions of a type that a loaded plugin's index lists, started or not. */
  private <T> List<T> indexedExtensions(String pluginId, Class<T> extensionPoint) {
    PluginWrapper plugin = getPlugin(pluginId);
    if (plugin == null) {
      return List.of();
    }
    List<T> extensions = new ArrayList<>();
    for (String className : getExtensionClassNames(pluginId)) {
      Class<?> type;
      try {
        type = plugin.getPluginClassLoader().loadClass(className);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            pluginId + " lists extension " + className + ", which it does not contain", e);
      }
      if (extensionPoint.isAssignableFrom(type)) {
        extensions.add(extensionPoint.cast(getExtensionFactory().create(type)));
      }
    }
    return extensions;
  }

  /** Stops and unloads every plugin, then closes their contexts. */
  @Override
  public void close() {
    try {
      stopPlugins();
      unloadPlugins();
    } finally {
      contexts.byId.values().forEach(TestPluginContext::close);
      contexts.byId.clear();
    }
  }

  /**
   * One context per plugin, migrated when it is created, as the portal migrates before start, with
   * the plugin's declared settings.
   */
  private static final class Contexts {
    final Map<String, TestPluginContext> byId = new ConcurrentHashMap<>();
    // Set right after the manager's super constructor; no plugin is created before that.
    TestPluginManager manager;

    TestPluginContext of(PluginWrapper plugin) {
      return byId.computeIfAbsent(
          plugin.getPluginId(),
          id -> {
            TestPluginContext context =
                new TestPluginContext(id).installFor(plugin.getPluginClassLoader());
            // Asked on each use, like the portal's settings: declarations follow the loaded jar.
            context.settings().declareFrom(() -> manager.declaredSettings(id));
            context.roles().declareFrom(() -> manager.declaredRoles(id));
            context.jobs().declareFrom(() -> manager.scheduledJobs(id));
            try {
              context.jdbc().migrate(plugin.getPluginClassLoader());
            } catch (RuntimeException e) {
              context.close();
              throw e;
            }
            return context;
          });
    }
  }
}
