package eu.remhub.portal.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * Finds the {@link PluginContext} of the plugin that a class belongs to.
 *
 * <p>Views are created by the portal's UI framework, not by the plugin, so they cannot take the
 * context as a constructor argument; they call {@code PluginContexts.of(getClass())} instead. The
 * portal core installs the lookup once at start; plugins only read.
 *
 * @since 1.0.0
 */
public final class PluginContexts {

  private static volatile Function<ClassLoader, PluginContext> lookup;

  private PluginContexts() {}

  /**
   * Returns the context of the plugin whose class loader loaded {@code pluginClass}.
   *
   * @param pluginClass a class from a plugin jar
   * @return the plugin's context
   * @throws IllegalStateException if the class does not belong to a loaded plugin
   */
  public static PluginContext of(Class<?> pluginClass) {
    Function<ClassLoader, PluginContext> current = lookup;
    PluginContext context = current == null ? null : current.apply(pluginClass.getClassLoader());
    if (context == null) {
      throw new IllegalStateException(
          pluginClass.getName() + " does not belong to a loaded plugin");
    }
    return context;
  }

  /**
   * Installs the lookup. Called by the portal core (and by test kits), never by plugins.
   *
   * @param contextByClassLoader answers the context for a plugin class loader, or {@code null}
   */
  public static void install(Function<ClassLoader, PluginContext> contextByClassLoader) {
    lookup = Objects.requireNonNull(contextByClassLoader);
  }
}
