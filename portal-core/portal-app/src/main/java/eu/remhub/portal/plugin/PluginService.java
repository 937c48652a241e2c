package eu.remhub.portal.plugin;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.DashboardWidget;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.DataFolder;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.plugin.internal.JdbcPluginRegistry;
import eu.remhub.portal.plugin.internal.PluginContextFactory;
import eu.remhub.portal.plugin.internal.PluginJarInspector;
import eu.remhub.portal.plugin.internal.PluginMigrator;
import eu.remhub.portal.runtime.call.PluginCalls;
import eu.remhub.portal.runtime.pf4j.PortalPluginManager;
import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The plugin feature's API: installs, enables, disables, updates and uninstalls plugins at run
 * time, and answers what the enabled plugins contribute. It puts together the parts that do the
 * work ({@link PluginFolder}, {@link RegistrySync}, {@link PluginInstaller}, {@link
 * PluginLifecycle}, {@link DependencyGraph}, {@link PluginExtensions}) and runs every lifecycle
 * step under one lock, because PF4J is not thread-safe. Every call into plugin code goes through
 * one {@link PluginCalls} guard, which records which plugin failed as its last error and goes on.
 */
@Service
public class PluginService {

  private static final Logger log = LoggerFactory.getLogger(PluginService.class);

  private final Map<String, PluginContext> contexts = new ConcurrentHashMap<>();
  private final RunningContexts running;
  private final InstalledPlugins installed = new InstalledPlugins();
  private final PluginCalls calls = new PluginCalls(installed::recordFailure);
  private final PluginFolder folder;
  private final RegistrySync registrySync;
  private final PluginLifecycle lifecycle;
  private final PluginInstaller installer;
  private final PluginExtensions extensions;
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
  private final org.springframework.context.ApplicationEventPublisher publisher;

  public PluginService(
      PluginProperties properties,
      DataFolder dataFolder,
      JdbcPluginRegistry registry,
      PluginMigrator migrator,
      PluginRoutes routes,
      PluginContextFactory contextFactory,
      AuditService audit,
      DomainEventBus events,
      org.springframework.context.ApplicationEventPublisher publisher,
      Clock clock) {
    this.publisher = publisher;
    PluginJarInspector inspector = new PluginJarInspector();
    this.folder =
        new PluginFolder(
            dataFolder.dataDir().resolve(properties.dir()),
            properties.maxJarSize().toBytes(),
            inspector);
    PortalPluginManager manager =
        new PortalPluginManager(
            folder.dir(),
            plugin ->
                contexts.computeIfAbsent(
                    plugin.getPluginId(),
                    id ->
                        contextFactory.create(
                            id, this::searchTypes, this::declaredSettings, this::declaredRoles)));
    this.registrySync = new RegistrySync(registry, audit, clock, properties.enableNew());
    this.extensions = new PluginExtensions(manager, installed, calls);
    DependencyGraph graph = new DependencyGraph(installed, inspector);
    this.lifecycle =
        new PluginLifecycle(
            new PluginLifecycle.Parts(
                manager, installed, graph, migrator, routes, registry, audit, events, calls,
                clock));
    this.installer =
        new PluginInstaller(
            new PluginInstaller.Parts(
                properties,
                folder,
                inspector,
                installed,
                graph,
                lifecycle,
                registry,
                migrator,
                audit,
                clock,
                manager::unloadPlugin,
                contexts::remove));
    this.running = new RunningContexts(manager, contexts);
    running.register();
  }

  /** Loads every jar in the plugins folder and enables the enabled set. */
  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    running.register();
    withLock(
        () -> {
          installed.clear();
          contexts.clear();
          folder.scan(installed);
          registrySync.sync(installed);
          lifecycle.enableStored();
          return null;
        });
    log.info(
        "plugins: {}",
        list().stream().map(p -> p.id() + " " + p.version() + " " + p.state()).toList());
  }

  @PreDestroy
  void shutdown() {
    running.unregister();
    withLock(
        () -> {
          lifecycle.stopAll();
          return null;
        });
  }

  /** Every installed plugin, and jars in the folder that could not be installed. */
  public List<PluginInfo> list() {
    return installed.list();
  }

  public Optional<PluginInfo> find(String pluginId) {
    return list().stream().filter(p -> p.id().equals(pluginId)).findFirst();
  }

  /** The entitlements that enabled plugins define. */
  public List<EntitlementDefinition> entitlementDefinitions() {
    return entitlementDefinitionsByPlugin().values().stream().flatMap(List::stream).toList();
  }

  /** The entitlements that enabled plugins define, by plugin id. */
  public Map<String, List<EntitlementDefinition>> entitlementDefinitionsByPlugin() {
    return extensions.entitlementsByPlugin();
  }

  /** The dashboard widgets that enabled plugins offer, each with its plugin id. */
  public Map<DashboardWidget, String> dashboardWidgets() {
    return extensions.dashboardWidgets();
  }

  /** The search contributors of enabled plugins (every enabled plugin is a key). */
  public Map<String, List<SearchDocumentContributor>> searchContributors() {
    return extensions.of(SearchDocumentContributor.class);
  }

  /** The search document types a plugin declares. */
  public Set<String> searchTypes(String pluginId) {
    return extensions.searchTypes(pluginId);
  }

  /**
   * The settings a plugin declares through its {@link SettingsContributor}s; like {@link
   * #searchTypes} read from the extension index, so a plugin's own start() sees its defaults.
   */
  public List<SettingDefinition> declaredSettings(String pluginId) {
    return extensions.declaredSettings(pluginId);
  }

  /**
   * The roles a plugin declares through its {@link
   * eu.remhub.portal.api.extension.RoleContributor}s, read from the extension index: known while
   * the plugin is loaded, enabled or not.
   */
  public List<eu.remhub.portal.api.extension.RoleDefinition> declaredRoles(String pluginId) {
    return extensions.declaredRoles(pluginId);
  }

  /**
   * The extensions of one type that a started plugin offers; call them through {@link #guarded}.
   */
  public <T> List<T> extensionsOf(Class<T> type, String pluginId) {
    return extensions.of(type, pluginId);
  }

  /**
   * Extensions of one type from every enabled plugin; the caller calls them through {@link
   * #guarded}.
   */
  public <T> Map<String, List<T>> extensions(Class<T> type) {
    return extensions.of(type);
  }

  /** The class loaders of enabled plugins, by plugin id (for their message bundles). */
  public Map<String, ClassLoader> pluginClassLoaders() {
    return extensions.classLoaders();
  }

  /**
   * Calls plugin code; a failure is logged and recorded against the plugin, and {@code fallback}
   * returned.
   */
  public <T> T guarded(String pluginId, String what, Supplier<T> call, T fallback) {
    return calls.call(pluginId, what, call, fallback);
  }

  /** The guard itself, for the plugin feature's own callers. */
  PluginCalls calls() {
    return calls;
  }

  /** Runs {@code listener} (on some thread) after any plugin changed state; returns a remover. */
  public Runnable onChange(Runnable listener) {
    changeListeners.add(listener);
    return () -> changeListeners.remove(listener);
  }

  /**
   * Enables a plugin and, first, the plugins it depends on. Returns false when it failed to start.
   */
  public boolean enable(String pluginId) {
    String actor = AuditService.currentActor();
    boolean ok = withLock(() -> lifecycle.enable(pluginId, actor, new HashSet<>()));
    fireChanged();
    return ok;
  }

  /**
   * Disables a plugin. When enabled plugins depend on it, throws {@link DependentsEnabledException}
   * unless {@code alsoDependents}, in which case they are disabled first.
   */
  public void disable(String pluginId, boolean alsoDependents) {
    String actor = AuditService.currentActor();
    withLock(
        () -> {
          lifecycle.disable(pluginId, alsoDependents, actor);
          return null;
        });
    fireChanged();
  }

  /** Installs an uploaded jar, disabled. Refuses it, changing nothing, when it is not fit. */
  public PluginInfo upload(String fileName, InputStream content) {
    String actor = AuditService.currentActor();
    PluginInfo result = withLock(() -> installer.upload(fileName, content, actor));
    fireChanged();
    return result;
  }

  /** Replaces an installed plugin with a newer version; an enabled plugin is enabled again. */
  public PluginInfo update(String pluginId, String fileName, InputStream content) {
    String actor = AuditService.currentActor();
    PluginInfo result = withLock(() -> installer.update(pluginId, fileName, content, actor));
    fireChanged();
    return result;
  }

  /** Removes a plugin; its tables and settings stay unless {@code purgeData}. */
  public void uninstall(String pluginId, boolean purgeData) {
    String actor = AuditService.currentActor();
    withLock(
        () -> {
          installer.uninstall(pluginId, purgeData, actor);
          return null;
        });
    publisher.publishEvent(new PluginUninstalled(pluginId, purgeData));
    fireChanged();
  }

  private void fireChanged() {
    changeListeners.forEach(
        l -> {
          try {
            l.run();
          } catch (RuntimeException e) {
            log.debug("plugin change listener failed", e);
          }
        });
  }

  private <T> T withLock(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
