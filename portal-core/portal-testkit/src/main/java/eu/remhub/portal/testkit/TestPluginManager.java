package eu.remhub.portal.testkit;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalApi;
import eu.remhub.portal.api.PortalPlugin;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.DefaultExtensionFactory;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * PF4J's real {@link DefaultPluginManager}, set up as the portal sets it up, with a {@link
 * TestPluginContext} per plugin: for tests that load plugin jars (built with {@link
 * PluginJarBuilder} or by the plugin's own module) through the real runtime.
 *
 * <p>Like the portal it checks {@code Plugin-Requires} against {@link PortalApi#VERSION}, runs a
 * plugin's migrations before the plugin is created and started, passes the context to the {@link
 * PortalPlugin} constructor and to extension constructors that take a {@link PluginContext}, and
 * makes {@code PluginContexts.of(...)} answer for the plugin's classes. A plugin whose start throws
 * ends in state {@code FAILED} with the error kept. Unlike the portal it keeps nothing between
 * runs: {@link #close()} stops and unloads everything and drops the contexts.
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
public class TestPluginManager extends DefaultPluginManager implements AutoCloseable {

  private final Map<String, TestPluginContext> contexts = new ConcurrentHashMap<>();

  /**
   * Creates a manager that loads the plugins in a folder.
   *
   * @param pluginsRoot the folder holding plugin jars
   */
  public TestPluginManager(Path pluginsRoot) {
    super(pluginsRoot);
    setSystemVersion(PortalApi.VERSION);
  }

  /**
   * The context of a plugin, created when the plugin is first created.
   *
   * @param pluginId the plugin id
   * @return the plugin's context
   * @throws IllegalArgumentException when no plugin of that id has been created
   */
  public TestPluginContext context(String pluginId) {
    TestPluginContext context = contexts.get(pluginId);
    if (context == null) {
      throw new IllegalArgumentException("No plugin '" + pluginId + "' has been created");
    }
    return context;
  }

  @Override
  protected PluginFactory createPluginFactory() {
    return new ContextPluginFactory();
  }

  @Override
  protected ExtensionFactory createExtensionFactory() {
    return new ContextExtensionFactory();
  }

  /**
   * Stops the started plugins, the last started first.
   *
   * <p>PF4J 3.15.0's own {@code stopPlugins()} removes from the list it iterates and throws a
   * {@link java.util.ConcurrentModificationException} once a plugin is started (pf4j issue 656);
   * this stops them one by one instead.
   */
  @Override
  public void stopPlugins() {
    List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
    Collections.reverse(started);
    for (PluginWrapper plugin : started) {
      if (plugin.getPluginState() == PluginState.STARTED) {
        stopPlugin(plugin.getPluginId());
      }
    }
  }

  /** Stops and unloads every plugin, then closes their contexts. */
  @Override
  public void close() {
    try {
      stopPlugins();
      unloadPlugins();
    } finally {
      contexts.values().forEach(TestPluginContext::close);
      contexts.clear();
    }
  }

  private TestPluginContext contextOf(PluginWrapper plugin) {
    return contexts.computeIfAbsent(
        plugin.getPluginId(),
        id -> {
          TestPluginContext context =
              new TestPluginContext(id).installFor(plugin.getPluginClassLoader());
          try {
            context.jdbc().migrate(plugin.getPluginClassLoader());
          } catch (RuntimeException e) {
            context.close();
            throw e;
          }
          return context;
        });
  }

  private static <T> T construct(Constructor<T> constructor, Object... args) {
    String className = constructor.getDeclaringClass().getName();
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new PluginRuntimeException(e.getCause(), "{} failed in its constructor", className);
    } catch (ReflectiveOperationException e) {
      throw new PluginRuntimeException(e, "Cannot create {}", className);
    }
  }

  /** Creates {@link PortalPlugin}s with their context; other plugin classes as PF4J would. */
  private final class ContextPluginFactory extends DefaultPluginFactory {
    @Override
    public Plugin create(PluginWrapper plugin) {
      String className = plugin.getDescriptor().getPluginClass();
      Class<?> pluginClass;
      try {
        pluginClass = plugin.getPluginClassLoader().loadClass(className);
      } catch (ClassNotFoundException e) {
        throw new PluginRuntimeException(e, "Plugin class {} not found", className);
      }
      if (!PortalPlugin.class.isAssignableFrom(pluginClass)) {
        return super.create(plugin);
      }
      TestPluginContext context = contextOf(plugin);
      try {
        return (Plugin) construct(pluginClass.getConstructor(PluginContext.class), context);
      } catch (NoSuchMethodException e) {
        throw new PluginRuntimeException(
            e, "{} needs a public constructor taking a PluginContext", className);
      }
    }
  }

  /** Passes the plugin's context to extensions whose constructor takes one. */
  private final class ContextExtensionFactory extends DefaultExtensionFactory {
    @Override
    public <T> T create(Class<T> extensionClass) {
      PluginWrapper plugin = whichPlugin(extensionClass);
      if (plugin == null) {
        return super.create(extensionClass);
      }
      try {
        return construct(extensionClass.getConstructor(PluginContext.class), contextOf(plugin));
      } catch (NoSuchMethodException e) {
        return super.create(extensionClass);
      }
    }
  }
}
