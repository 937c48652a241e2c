package eu.remhub.portal.runtime.pf4j;

import eu.remhub.portal.api.PluginContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.DefaultExtensionFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Creates each extension once per plugin load, with the plugin's {@link PluginContext} when its
 * constructor takes one: listeners and contributors keep their state between calls, and a restart
 * of the plugin gets fresh ones ({@link #forget}).
 */
final class ContextExtensionFactory extends DefaultExtensionFactory {

  private final PluginManager manager;
  private final Function<PluginWrapper, PluginContext> contexts;
  private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

  ContextExtensionFactory(PluginManager manager, Function<PluginWrapper, PluginContext> contexts) {
    this.manager = manager;
    this.contexts = contexts;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T create(Class<T> extensionClass) {
    return (T) instances.computeIfAbsent(extensionClass, this::instantiate);
  }

  void forget(ClassLoader pluginClassLoader) {
    instances.keySet().removeIf(type -> type.getClassLoader() == pluginClassLoader);
  }

  private Object instantiate(Class<?> extensionClass) {
    PluginWrapper plugin = manager.whichPlugin(extensionClass);
    if (plugin != null) {
      var withContext = PluginConstructors.find(extensionClass, PluginContext.class);
      if (withContext.isPresent()) {
        return PluginConstructors.construct(withContext.get(), contexts.apply(plugin));
      }
    }
    return PluginConstructors.find(extensionClass)
        .map(PluginConstructors::construct)
        .orElseGet(() -> super.create(extensionClass));
  }
}
