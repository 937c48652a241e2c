package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalApi;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.function.Function;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.DefaultExtensionFactory;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * PF4J, set up for the portal: jars only, descriptors from the manifest, the contract version as
 * system version (so {@code Plugin-Requires} is enforced), the contract and shared libraries loaded
 * parent-first, and plugins and extensions created with their {@link PluginContext}. Which plugins
 * run is decided by the portal, not by PF4J's status files.
 */
public class PortalPluginManager extends DefaultPluginManager {

  private final Function<String, PluginContext> contexts;
  private final java.util.Map<Class<?>, Object> extensionInstances =
      new java.util.concurrent.ConcurrentHashMap<>();

  public PortalPluginManager(Path pluginsRoot, Function<String, PluginContext> contexts) {
    super(pluginsRoot);
    this.contexts = contexts;
    setSystemVersion(PortalApi.VERSION);
  }

  @Override
  protected PluginDescriptorFinder createPluginDescriptorFinder() {
    return new ManifestPluginDescriptorFinder();
  }

  @Override
  protected PluginLoader createPluginLoader() {
    return new JarPluginLoader(this) {
      @Override
      protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
        return new ContractFirstClassLoader(pluginManager, descriptor, getClass().getClassLoader());
      }

      @Override
      public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
        PluginClassLoader loader =
            new ContractFirstClassLoader(pluginManager, descriptor, PortalPluginManager.class.getClassLoader());
        loader.addFile(pluginPath.toFile());
        return loader;
      }
    };
  }

  @Override
  protected PluginStatusProvider createPluginStatusProvider() {
    return new PluginStatusProvider() {
      @Override
      public boolean isPluginDisabled(String pluginId) {
        return false;
      }

      @Override
      public void disablePlugin(String pluginId) {}

      @Override
      public void enablePlugin(String pluginId) {}
    };
  }

  @Override
  protected PluginFactory createPluginFactory() {
    return new DefaultPluginFactory() {
      @Override
      protected Plugin createInstance(Class<?> pluginClass, PluginWrapper wrapper) {
        PluginContext context = contexts.apply(wrapper.getPluginId());
        try {
          Constructor<?> constructor = pluginClass.getConstructor(PluginContext.class);
          return (Plugin) constructor.newInstance(context);
        } catch (NoSuchMethodException e) {
          return super.createInstance(pluginClass, wrapper);
        } catch (ReflectiveOperationException e) {
          throw new PluginRuntimeException(e, "cannot create plugin class " + pluginClass.getName());
        }
      }
    };
  }

  @Override
  protected ExtensionFactory createExtensionFactory() {
    // Extensions are singletons per plugin, so that listeners and contributors keep their state.
    return new DefaultExtensionFactory() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T create(Class<T> extensionClass) {
        return (T) extensionInstances.computeIfAbsent(extensionClass, this::instantiate);
      }

      private Object instantiate(Class<?> extensionClass) {
        PluginWrapper wrapper = whichPlugin(extensionClass);
        if (wrapper != null) {
          try {
            return extensionClass
                .getConstructor(PluginContext.class)
                .newInstance(contexts.apply(wrapper.getPluginId()));
          } catch (NoSuchMethodException e) {
            // fall through to the no-argument constructor
          } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "cannot create extension " + extensionClass.getName());
          }
        }
        return super.create(extensionClass);
      }
    };
  }

  @Override
  public boolean unloadPlugin(String pluginId) {
    dropExtensions(pluginId);
    ClassLoader loader = getPluginClassLoader(pluginId);
    if (loader != null) {
      java.util.ResourceBundle.clearCache(loader);
    }
    return super.unloadPlugin(pluginId);
  }

  /** Forgets the extension instances of a plugin, so that the next start creates fresh ones. */
  public void dropExtensions(String pluginId) {
    ClassLoader loader = getPluginClassLoader(pluginId);
    extensionInstances.keySet().removeIf(type -> type.getClassLoader() == loader);
  }

  /**
   * The contract, PF4J, Vaadin (with the Jackson it brings), logging and the JDK's annotations come from the portal, never from
   * a plugin jar: a second copy would make the plugin's extensions silently stop matching.
   */
  static final class ContractFirstClassLoader extends PluginClassLoader {

    ContractFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
      super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
      return super.shouldDelegateToParent(className)
          || className.startsWith("eu.remhub.portal.")
          || className.startsWith("com.vaadin.")
          || className.startsWith("org.slf4j.")
          || className.startsWith("tools.jackson.")
          || className.startsWith("jakarta.");
    }
  }
}
