package eu.remhub.portal.runtime.pf4j;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalPlugin;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * Creates a plugin's main class with its {@link PluginContext}. Unlike PF4J's default, which logs
 * and returns {@code null} (and the start then fails with a bare NullPointerException), every
 * reason a plugin cannot be created is thrown with the class name, so it ends in the plugin's
 * failure.
 */
final class ContextPluginFactory extends DefaultPluginFactory implements PluginFactory {

  private final Function<PluginWrapper, PluginContext> contexts;

  ContextPluginFactory(Function<PluginWrapper, PluginContext> contexts) {
    this.contexts = contexts;
  }

  @Override
  public Plugin create(PluginWrapper plugin) {
    String className = plugin.getDescriptor().getPluginClass();
    Class<?> pluginClass;
    try {
      pluginClass = plugin.getPluginClassLoader().loadClass(className);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new PluginRuntimeException(e, "Plugin class {} cannot be loaded", className);
    }
    int modifiers = pluginClass.getModifiers();
    if (Modifier.isAbstract(modifiers) || !Plugin.class.isAssignableFrom(pluginClass)) {
      throw new PluginRuntimeException(
          "Plugin class {} is no concrete subclass of {}", className, PortalPlugin.class.getName());
    }
    return PluginConstructors.find(pluginClass, PluginContext.class)
        .map(c -> (Plugin) PluginConstructors.construct(c, contexts.apply(plugin)))
        .orElseGet(() -> withoutContext(pluginClass, plugin));
  }

  private Plugin withoutContext(Class<?> pluginClass, PluginWrapper plugin) {
    if (PortalPlugin.class.isAssignableFrom(pluginClass)) {
      throw new PluginRuntimeException(
          "{} needs a public constructor taking a PluginContext", pluginClass.getName());
    }
    // A plain PF4J plugin class: created as PF4J would, but never silently as null.
    Plugin created = createInstance(pluginClass, plugin);
    if (created == null) {
      throw new PluginRuntimeException("Cannot create plugin class {}", pluginClass.getName());
    }
    return created;
  }
}
