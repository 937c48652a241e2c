package eu.remhub.portal.testkit;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test kit's answer to {@link PluginContexts}: which test context belongs to which class
 * loader.
 *
 * <p>{@code PluginContexts} holds a single lookup for the whole JVM, so the kit installs one that
 * reads this map, and every test context registers here. The lookup is installed again on each
 * registration in case other code replaced it in between.
 */
final class ContextRegistry {

  private static final Map<ClassLoader, PluginContext> CONTEXTS = new ConcurrentHashMap<>();

  private ContextRegistry() {}

  static void register(ClassLoader loader, PluginContext context) {
    CONTEXTS.put(loader, context);
    PluginContexts.install(ContextRegistry::lookup);
  }

  static void unregister(PluginContext context) {
    CONTEXTS.values().removeIf(registered -> registered == context);
  }

  /** The context registered for a class loader, or {@code null}. */
  static PluginContext lookup(ClassLoader loader) {
    // JDK classes have no class loader; they belong to no plugin.
    return loader == null ? null : CONTEXTS.get(loader);
  }
}
