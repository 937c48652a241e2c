package eu.remhub.portal.runtime.pf4j;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * PF4J, set up for the portal: jars only, descriptors from the manifest, the contract version as
 * system version (so {@code Plugin-Requires} is enforced and a mismatch is explained), the contract
 * and shared libraries loaded parent-first, and plugins and extensions created with their {@link
 * PluginContext} (extensions once per plugin load). Which plugins run is decided by the caller, not
 * by PF4J's status files.
 *
 * <p>Not thread-safe, like PF4J itself: the caller runs every lifecycle step under one lock.
 */
public class PortalPluginManager extends DefaultPluginManager {

  // Set before the first plugin is created; PF4J builds its factories in the super constructor,
  // so the factories read these fields only when they create something.
  private final Function<PluginWrapper, PluginContext> contexts;
  private ContextExtensionFactory extensions;

  /**
   * Creates a manager for the jars in a folder.
   *
   * @param pluginsRoot the folder holding plugin jars
   * @param contexts answers the context of a plugin when its main class or an extension is created
   */
  public PortalPluginManager(Path pluginsRoot, Function<PluginWrapper, PluginContext> contexts) {
    super(pluginsRoot);
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    setSystemVersion(PortalApi.VERSION);
  }

  @Override
  protected PluginRepository createPluginRepository() {
    return new JarPluginRepository(getPluginsRoots());
  }

  @Override
  protected PluginDescriptorFinder createPluginDescriptorFinder() {
    return new ManifestPluginDescriptorFinder();
  }

  @Override
  protected PluginLoader createPluginLoader() {
    return new JarPluginLoader(this) {
      @Override
      public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
        PluginClassLoader loader =
            new ContractFirstClassLoader(
                pluginManager, descriptor, PortalPluginManager.class.getClassLoader());
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
    return new ContextPluginFactory(plugin -> contexts.apply(plugin));
  }

  @Override
  protected ExtensionFactory createExtensionFactory() {
    extensions = new ContextExtensionFactory(this, plugin -> contexts.apply(plugin));
    return extensions;
  }

  @Override
  protected PluginWrapper loadPluginFromPath(Path pluginPath) {
    PluginWrapper plugin = super.loadPluginFromPath(pluginPath);
    explainIfIncompatible(plugin);
    return plugin;
  }

  @Override
  public boolean enablePlugin(String pluginId) {
    boolean enabled = super.enablePlugin(pluginId);
    if (!enabled) {
      explainIfIncompatible(getPlugin(pluginId));
    }
    return enabled;
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

  // PF4J unloads a plugin's dependents through this method too, so each of them is cleaned up here.
  @Override
  protected boolean unloadPlugin(
      String pluginId, boolean unloadDependents, boolean resolveDependencies) {
    ClassLoader loader = getPluginClassLoader(pluginId);
    dropExtensions(pluginId);
    if (loader != null) {
      // Bundles cached by the JDK would keep the plugin's class loader alive.
      ResourceBundle.clearCache(loader);
    }
    return super.unloadPlugin(pluginId, unloadDependents, resolveDependencies);
  }

  /**
   * Forgets the extension instances of a plugin, so that its next start creates fresh ones.
   *
   * @param pluginId the plugin id
   */
  public void dropExtensions(String pluginId) {
    ClassLoader loader = getPluginClassLoader(pluginId);
    if (loader != null) {
      extensions.forget(loader);
    }
  }

  /** PF4J only says "Plugin validation failed"; staff and authors need to know which versions. */
  private void explainIfIncompatible(PluginWrapper plugin) {
    if (plugin != null && !isPluginValid(plugin)) {
      PluginDescriptor descriptor = plugin.getDescriptor();
      plugin.setFailedException(
          new PluginRuntimeException(
              ContractVersion.mismatch(descriptor.getPluginId(), descriptor.getRequires())));
    }
  }
}
