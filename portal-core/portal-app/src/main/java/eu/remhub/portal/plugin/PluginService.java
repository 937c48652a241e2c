package eu.remhub.portal.plugin;

import eu.remhub.portal.admin.AuditService;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.api.event.PluginDisabled;
import eu.remhub.portal.api.event.PluginEnabled;
import eu.remhub.portal.api.extension.DashboardWidget;
import eu.remhub.portal.api.extension.DashboardWidgetContributor;
import eu.remhub.portal.api.extension.DomainEventListener;
import eu.remhub.portal.api.extension.EntitlementContributor;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.runtime.settings.DeclaredSettings;
import eu.remhub.portal.base.DataFolder;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.plugin.internal.JdbcPluginRegistry;
import eu.remhub.portal.plugin.internal.PluginContextFactory;
import eu.remhub.portal.plugin.internal.PluginJarInspector;
import eu.remhub.portal.plugin.internal.PluginJarInspector.Dependency;
import eu.remhub.portal.plugin.internal.PluginJarInspector.InspectedJar;
import eu.remhub.portal.plugin.internal.PluginMigrator;
import eu.remhub.portal.plugin.internal.PortalPluginManager;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Installs, enables, disables, updates and uninstalls plugins at run time, and answers what the
 * enabled plugins contribute. PF4J is not thread-safe, so every lifecycle step runs under one lock;
 * calls into plugin code go through one guard that records which plugin failed and goes on.
 */
@Service
public class PluginService {

  private static final Logger log = LoggerFactory.getLogger(PluginService.class);

  /**
   * The plugin runtimes of this JVM: one in production; tests may run a second application context
   * beside the first, and a plugin class finds its context in the runtime that loaded it.
   */
  private static final CopyOnWriteArrayList<PluginService> RUNNING = new CopyOnWriteArrayList<>();

  /** The runtime view of one installed plugin. */
  private static final class Installed {
    InspectedJar jar;
    Path file;
    eu.remhub.portal.plugin.PluginState state = eu.remhub.portal.plugin.PluginState.DISABLED;
    String lastError = "";
    JdbcPluginRegistry.Entry entry;
  }

  private final PluginProperties properties;
  private final JdbcPluginRegistry registry;
  private final PluginMigrator migrator;
  private final PluginRoutes routes;
  private final AuditService audit;
  private final DomainEventBus events;
  private final Clock clock;
  private final Path pluginsDir;
  private final PortalPluginManager manager;
  private final PluginJarInspector inspector = new PluginJarInspector();
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Installed> installed = new ConcurrentHashMap<>();
  private final Map<String, String> brokenFiles = new ConcurrentHashMap<>();
  private final Map<String, PluginContext> contexts = new ConcurrentHashMap<>();
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

  public PluginService(
      PluginProperties properties,
      DataFolder dataFolder,
      JdbcPluginRegistry registry,
      PluginMigrator migrator,
      PluginRoutes routes,
      PluginContextFactory contextFactory,
      AuditService audit,
      DomainEventBus events,
      Clock clock) {
    this.properties = properties;
    this.registry = registry;
    this.migrator = migrator;
    this.routes = routes;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.pluginsDir = dataFolder.dataDir().resolve(properties.dir());
    this.manager =
        new PortalPluginManager(
            pluginsDir, id -> contexts.computeIfAbsent(id, k -> contextFactory.create(k, this::searchTypes, this::declaredSettings)));
    RUNNING.addIfAbsent(this);
    PluginContexts.install(PluginService::contextInAnyPortal);
  }

  private static PluginContext contextInAnyPortal(ClassLoader loader) {
    for (PluginService service : RUNNING) {
      PluginContext context = service.contextOf(loader);
      if (context != null) {
        return context;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- start and stop

  /** Loads every jar in the plugins folder and enables the enabled set. */
  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    RUNNING.addIfAbsent(this);
    withLock(
        () -> {
          createPluginsDir();
          installed.clear();
          brokenFiles.clear();
          contexts.clear();
          Map<String, Path> newest = new TreeMap<>();
          for (Path file : jarFiles()) {
            try {
              InspectedJar jar = inspector.inspect(file, properties.maxJarSize().toBytes());
              Path other = newest.get(jar.id());
              if (other != null) {
                brokenFiles.put(file.getFileName().toString(), "a second jar of plugin " + jar.id() + " (" + other.getFileName() + ")");
                continue;
              }
              newest.put(jar.id(), file);
              Installed p = new Installed();
              p.jar = jar;
              p.file = file;
              installed.put(jar.id(), p);
            } catch (PluginRefusedException e) {
              brokenFiles.put(file.getFileName().toString(), e.getMessage());
              log.warn("plugin file {} refused: {}", file.getFileName(), e.getMessage());
            }
          }
          syncRegistry();
          installed.values().forEach(this::load);
          for (String id : startOrder()) {
            Installed p = installed.get(id);
            if (p.entry != null && p.entry.enabled() && p.state == eu.remhub.portal.plugin.PluginState.DISABLED) {
              enableLocked(id, "system", new HashSet<>());
            }
          }
          return null;
        });
    log.info("plugins: {}", summary());
  }

  @PreDestroy
  void shutdown() {
    RUNNING.remove(this);
    withLock(
        () -> {
          for (String id : installed.keySet()) {
            routes.removeAll(id);
          }
          // PF4J's own stopPlugins() trips over its list when stopping cascades: go one by one.
          List<String> order = startOrder();
          for (int i = order.size() - 1; i >= 0; i--) {
            String id = order.get(i);
            if (manager.getPlugin(id) != null) {
              try {
                manager.stopPlugin(id);
              } catch (RuntimeException e) {
                log.warn("plugin {} failed to stop", id, e);
              }
              manager.unloadPlugin(id);
            }
          }
          return null;
        });
  }

  // ---------------------------------------------------------------- queries

  /** Every installed plugin, and jars in the folder that could not be installed. */
  public List<PluginInfo> list() {
    List<PluginInfo> result = new ArrayList<>();
    for (Installed p : installed.values()) {
      InspectedJar j = p.jar;
      result.add(
          new PluginInfo(
              j.id(),
              j.name().isEmpty() ? j.id() : j.name(),
              j.version(),
              j.provider(),
              j.description(),
              j.license(),
              p.state,
              j.requires(),
              j.dependencies().stream().map(Dependency::toString).toList(),
              j.sha256(),
              p.lastError,
              p.entry == null ? "bundled" : p.entry.source(),
              p.entry == null ? null : p.entry.installedAt(),
              p.entry == null ? "" : p.entry.installedBy()));
    }
    brokenFiles.forEach(
        (file, reason) ->
            result.add(
                new PluginInfo(file, file, "", "", "", "", eu.remhub.portal.plugin.PluginState.FAILED, "", List.of(), "", reason, "file", null, "")));
    result.sort(Comparator.comparing(PluginInfo::id));
    return result;
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
    Map<String, List<EntitlementDefinition>> all = new LinkedHashMap<>();
    for (String id : enabledIds()) {
      for (EntitlementContributor c : manager.getExtensions(EntitlementContributor.class, id)) {
        all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(guarded(id, "entitlements", c::entitlements, List.of()));
      }
    }
    return all;
  }

  /** The dashboard widgets that enabled plugins offer, each with its plugin id. */
  public Map<DashboardWidget, String> dashboardWidgets() {
    Map<DashboardWidget, String> all = new LinkedHashMap<>();
    for (String id : enabledIds()) {
      for (DashboardWidgetContributor c : manager.getExtensions(DashboardWidgetContributor.class, id)) {
        guarded(id, "dashboard widgets", c::widgets, List.<DashboardWidget>of()).forEach(w -> all.put(w, id));
      }
    }
    return all;
  }

  /** The search contributors of enabled plugins. */
  public Map<String, List<SearchDocumentContributor>> searchContributors() {
    Map<String, List<SearchDocumentContributor>> all = new LinkedHashMap<>();
    for (String id : enabledIds()) {
      all.put(id, manager.getExtensions(SearchDocumentContributor.class, id));
    }
    return all;
  }

  /** The search document types a plugin declares. */
  public Set<String> searchTypes(String pluginId) {
    Set<String> types = new HashSet<>();
    // Read from the extension index, not PF4J's started extensions: a plugin may publish documents
    // from its own start(), before PF4J counts it as started.
    PluginWrapper wrapper = manager.getPlugin(pluginId);
    if (wrapper == null) {
      return types;
    }
    for (String className : manager.getExtensionClassNames(pluginId)) {
      try {
        Class<?> type = wrapper.getPluginClassLoader().loadClass(className);
        if (SearchDocumentContributor.class.isAssignableFrom(type)) {
          var contributor = (SearchDocumentContributor) manager.getExtensionFactory().create(type);
          types.addAll(guarded(pluginId, "search types", contributor::types, List.of()));
        }
      } catch (ClassNotFoundException | LinkageError e) {
        log.warn("plugin {} lists extension {} that cannot be loaded", pluginId, className, e);
      }
    }
    return types;
  }

  /**
   * The settings a plugin declares through its {@link SettingsContributor}s; like {@link
   * #searchTypes} read from the extension index, so a plugin's own start() sees its defaults.
   */
  public List<SettingDefinition> declaredSettings(String pluginId) {
    PluginWrapper wrapper = manager.getPlugin(pluginId);
    if (wrapper == null) {
      return List.of();
    }
    // Creating the contributors runs plugin code too, so it is guarded with the call.
    return guarded(pluginId, "settings", () -> {
      List<SettingsContributor> contributors = new ArrayList<>();
      for (String className : manager.getExtensionClassNames(pluginId)) {
        try {
          Class<?> type = wrapper.getPluginClassLoader().loadClass(className);
          if (SettingsContributor.class.isAssignableFrom(type)) {
            contributors.add((SettingsContributor) manager.getExtensionFactory().create(type));
          }
        } catch (ClassNotFoundException | LinkageError e) {
          log.warn("plugin {} lists extension {} that cannot be loaded", pluginId, className, e);
        }
      }
      return DeclaredSettings.collect(pluginId, contributors);
    }, List.of());
  }

  /** Extensions of one type from every enabled plugin, each call guarded by the caller. */
  public <T> Map<String, List<T>> extensions(Class<T> type) {
    Map<String, List<T>> all = new LinkedHashMap<>();
    for (String id : enabledIds()) {
      all.put(id, manager.getExtensions(type, id));
    }
    return all;
  }

  /** The class loaders of enabled plugins, by plugin id (for their message bundles). */
  public Map<String, ClassLoader> pluginClassLoaders() {
    Map<String, ClassLoader> loaders = new LinkedHashMap<>();
    for (String id : enabledIds()) {
      PluginWrapper wrapper = manager.getPlugin(id);
      if (wrapper != null) {
        loaders.put(id, wrapper.getPluginClassLoader());
      }
    }
    return loaders;
  }

  /** Calls plugin code; a failure is logged and recorded against the plugin, and {@code fallback} returned. */
  public <T> T guarded(String pluginId, String what, Supplier<T> call, T fallback) {
    try {
      return call.get();
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError vm) {
        throw vm;
      }
      log.warn("plugin {} failed in {}", pluginId, what, t);
      Installed p = installed.get(pluginId);
      if (p != null) {
        p.lastError = what + ": " + describe(t);
      }
      return fallback;
    }
  }

  /** Runs {@code listener} (on some thread) after any plugin changed state; returns a remover. */
  public Runnable onChange(Runnable listener) {
    changeListeners.add(listener);
    return () -> changeListeners.remove(listener);
  }

  // ---------------------------------------------------------------- lifecycle

  /** Enables a plugin and, first, the plugins it depends on. Returns false when it failed to start. */
  public boolean enable(String pluginId) {
    boolean ok = withLock(() -> enableLocked(pluginId, AuditService.currentActor(), new HashSet<>()));
    fireChanged();
    return ok;
  }

  /**
   * Disables a plugin. When enabled plugins depend on it, throws {@link
   * DependentsEnabledException} unless {@code alsoDependents}, in which case they are disabled first.
   */
  public void disable(String pluginId, boolean alsoDependents) {
    withLock(
        () -> {
          disableLocked(pluginId, alsoDependents, AuditService.currentActor());
          return null;
        });
    fireChanged();
  }

  /** Installs an uploaded jar, disabled. Refuses it, changing nothing, when it is not fit. */
  public PluginInfo upload(String fileName, InputStream content) {
    if (!properties.uploadsAllowed()) {
      throw new PluginRefusedException("Uploading plugins is switched off on this portal (portal.plugins.uploads-allowed).");
    }
    String actor = AuditService.currentActor();
    return withReceivedJar(
        content,
        tmp -> {
                InspectedJar jar = checkUpload(tmp);
                if (installed.containsKey(jar.id())) {
                  throw new PluginRefusedException(
                      jar.id() + " is already installed (version " + installed.get(jar.id()).jar.version()
                          + "); use Update to replace it.");
                }
                Path target = pluginsDir.resolve(jarName(jar));
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Installed p = new Installed();
                p.jar = jar;
                p.file = target;
                try {
                  loadOrThrow(p);
                } catch (RuntimeException e) {
                  Files.deleteIfExists(target);
                  throw e;
                }
                var entry =
                    new JdbcPluginRegistry.Entry(
                        jar.id(), jar.version(), target.getFileName().toString(), jar.sha256(), false, "uploaded",
                        clock.instant(), actor);
                registry.insert(entry, clock.instant());
                p.entry = entry;
                installed.put(jar.id(), p);
                audit.record(actor, null, "plugin.uploaded", "plugin:" + jar.id(),
                    "version " + jar.version() + " from " + fileName + ", sha256 " + jar.sha256());
                return find(jar.id()).orElseThrow();
        });
  }

  /** Replaces an installed plugin with a newer version; an enabled plugin is enabled again. */
  public PluginInfo update(String pluginId, String fileName, InputStream content) {
    String actor = AuditService.currentActor();
    if (!installed.containsKey(pluginId)) {
      throw new PluginRefusedException(pluginId + " is not installed; upload it instead.");
    }
    return withReceivedJar(
        content,
        tmp -> {
                Installed old = installed.get(pluginId);
                if (old == null) {
                  throw new PluginRefusedException(pluginId + " is not installed; upload it instead.");
                }
                InspectedJar jar = checkUpload(tmp);
                if (!jar.id().equals(pluginId)) {
                  throw new PluginRefusedException("The jar holds plugin " + jar.id() + ", not " + pluginId + ".");
                }
                if (inspector.compare(jar.version(), old.jar.version()) <= 0) {
                  throw new PluginRefusedException(
                      "Version " + jar.version() + " is not newer than the installed " + old.jar.version() + ".");
                }
                boolean wasEnabled = old.state == eu.remhub.portal.plugin.PluginState.ENABLED;
                List<String> dependents = enabledDependents(pluginId);
                if (wasEnabled) {
                  disableLocked(pluginId, true, actor);
                }
                manager.unloadPlugin(pluginId);
                Path target = pluginsDir.resolve(jarName(jar));
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Installed p = new Installed();
                p.jar = jar;
                p.file = target;
                p.entry = old.entry;
                try {
                  loadOrThrow(p);
                } catch (RuntimeException e) {
                  // Put the old version back as it was.
                  Files.deleteIfExists(target);
                  load(old);
                  if (wasEnabled) {
                    enableLocked(pluginId, actor, new HashSet<>());
                    dependents.forEach(d -> enableLocked(d, actor, new HashSet<>()));
                  }
                  throw e;
                }
                registry.replaceJar(pluginId, jar.version(), target.getFileName().toString(), jar.sha256(), clock.instant());
                installed.put(pluginId, p);
                if (!old.file.equals(target)) {
                  deleteQuietly(old.file);
                }
                audit.record(actor, null, "plugin.updated", "plugin:" + pluginId,
                    old.jar.version() + " → " + jar.version() + ", sha256 " + jar.sha256());
                if (wasEnabled) {
                  enableLocked(pluginId, actor, new HashSet<>());
                  dependents.forEach(d -> enableLocked(d, actor, new HashSet<>()));
                }
                return find(pluginId).orElseThrow();
        });
  }

  /** Removes a plugin; its tables and settings stay unless {@code purgeData}. */
  public void uninstall(String pluginId, boolean purgeData) {
    String actor = AuditService.currentActor();
    withLock(
        () -> {
          Installed p = installed.get(pluginId);
          if (p == null) {
            if (brokenFiles.remove(pluginId) != null) {
              deleteQuietly(pluginsDir.resolve(pluginId));
              registry.delete(pluginId);
              audit.record(actor, null, "plugin.file-removed", "file:" + pluginId, "");
              return null;
            }
            throw new PluginRefusedException(pluginId + " is not installed.");
          }
          List<String> needing =
              installed.values().stream()
                  .filter(o -> o.jar.dependencies().stream().anyMatch(d -> !d.optional() && d.pluginId().equals(pluginId)))
                  .map(o -> o.jar.id())
                  .toList();
          if (!needing.isEmpty()) {
            throw new PluginRefusedException(String.join(", ", needing) + " need " + pluginId + "; uninstall those first.");
          }
          if (p.state == eu.remhub.portal.plugin.PluginState.ENABLED) {
            disableLocked(pluginId, true, actor);
          }
          if (manager.getPlugin(pluginId) != null) {
            manager.unloadPlugin(pluginId);
          }
          contexts.remove(pluginId);
          deleteQuietly(p.file);
          registry.delete(pluginId);
          installed.remove(pluginId);
          String detail = "version " + p.jar.version() + (purgeData ? ", data purged" : ", data kept");
          if (purgeData) {
            List<String> others = installed.keySet().stream().toList();
            detail += ": dropped " + migrator.purge(pluginId, others);
            registry.deleteSettings(pluginId);
          }
          audit.record(actor, null, "plugin.uninstalled", "plugin:" + pluginId, detail);
          return null;
        });
    fireChanged();
  }

  // ---------------------------------------------------------------- internals

  /** Work on an uploaded jar, received into a temporary file that is gone afterwards. */
  @FunctionalInterface
  private interface JarWork<T> {
    T apply(Path receivedJar) throws IOException;
  }

  private <T> T withReceivedJar(InputStream content, JarWork<T> work) {
    T result =
        withLock(
            () -> {
              Path tmp = receive(content);
              try {
                return work.apply(tmp);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } finally {
                deleteQuietly(tmp);
              }
            });
    fireChanged();
    return result;
  }

  private boolean enableLocked(String pluginId, String actor, Set<String> visiting) {
    Installed p = installed.get(pluginId);
    if (p == null) {
      throw new PluginRefusedException(pluginId + " is not installed.");
    }
    if (p.state == eu.remhub.portal.plugin.PluginState.ENABLED) {
      return true;
    }
    if (p.state == eu.remhub.portal.plugin.PluginState.INCOMPATIBLE) {
      throw new PluginRefusedException(p.lastError);
    }
    if (!visiting.add(pluginId)) {
      throw new PluginRefusedException("dependency cycle through " + pluginId);
    }
    for (Dependency dep : p.jar.dependencies()) {
      Installed d = installed.get(dep.pluginId());
      if (d == null) {
        if (dep.optional()) {
          continue;
        }
        throw new PluginRefusedException(pluginId + " needs " + dep + ", which is not installed.");
      }
      if (!enableLocked(dep.pluginId(), actor, visiting) && !dep.optional()) {
        p.state = eu.remhub.portal.plugin.PluginState.FAILED;
        p.lastError = "needs " + dep.pluginId() + ", which failed to start";
        return false;
      }
    }
    try {
      PluginWrapper wrapper = manager.getPlugin(pluginId);
      if (wrapper == null) {
        loadOrThrow(p);
        wrapper = manager.getPlugin(pluginId);
      }
      int migrations = migrator.migrate(pluginId, wrapper.getPluginClassLoader());
      PluginState started = manager.startPlugin(pluginId);
      if (started != PluginState.STARTED) {
        Throwable cause = wrapper.getFailedException();
        throw cause != null ? cause : new IllegalStateException("PF4J left it " + started);
      }
      List<RouteContribution> contributed = new ArrayList<>();
      for (RouteContributor c : manager.getExtensions(RouteContributor.class, pluginId)) {
        contributed.addAll(c.routes());
      }
      routes.add(pluginId, contributed);
      p.state = eu.remhub.portal.plugin.PluginState.ENABLED;
      p.lastError = "";
      registry.setEnabled(pluginId, true, clock.instant());
      audit.record(actor, null, "plugin.enabled", "plugin:" + pluginId,
          "version " + p.jar.version() + ", " + migrations + " migrations, " + contributed.size() + " routes");
      events.publish(new PluginEnabled(pluginId, p.jar.version(), clock.instant()));
      return true;
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError vm) {
        throw vm;
      }
      log.warn("plugin {} failed to start", pluginId, t);
      routes.removeAll(pluginId);
      try {
        manager.stopPlugin(pluginId);
      } catch (RuntimeException ignored) {
        // it did not start; nothing to stop
      }
      p.state = eu.remhub.portal.plugin.PluginState.FAILED;
      p.lastError = describe(t);
      audit.record(actor, null, "plugin.failed", "plugin:" + pluginId, p.lastError);
      return false;
    } finally {
      visiting.remove(pluginId);
    }
  }

  private void disableLocked(String pluginId, boolean alsoDependents, String actor) {
    Installed p = installed.get(pluginId);
    if (p == null) {
      throw new PluginRefusedException(pluginId + " is not installed.");
    }
    List<String> dependents = enabledDependents(pluginId);
    if (!dependents.isEmpty() && !alsoDependents) {
      throw new DependentsEnabledException(pluginId, dependents);
    }
    for (String dependent : dependents) {
      disableLocked(dependent, true, actor);
    }
    boolean wasRunning = p.state == eu.remhub.portal.plugin.PluginState.ENABLED;
    routes.removeAll(pluginId);
    if (manager.getPlugin(pluginId) != null) {
      manager.stopPlugin(pluginId);
      manager.dropExtensions(pluginId);
    }
    if (p.state != eu.remhub.portal.plugin.PluginState.INCOMPATIBLE) {
      p.state = eu.remhub.portal.plugin.PluginState.DISABLED;
    }
    registry.setEnabled(pluginId, false, clock.instant());
    audit.record(actor, null, "plugin.disabled", "plugin:" + pluginId, "version " + p.jar.version());
    if (wasRunning) {
      events.publish(new PluginDisabled(pluginId, p.jar.version(), clock.instant()));
    }
  }

  private List<String> enabledDependents(String pluginId) {
    return installed.values().stream()
        .filter(o -> o.state == eu.remhub.portal.plugin.PluginState.ENABLED)
        .filter(o -> o.jar.dependencies().stream().anyMatch(d -> d.pluginId().equals(pluginId)))
        .map(o -> o.jar.id())
        .sorted()
        .toList();
  }

  private List<String> enabledIds() {
    return installed.values().stream()
        .filter(p -> p.state == eu.remhub.portal.plugin.PluginState.ENABLED)
        .map(p -> p.jar.id())
        .sorted()
        .toList();
  }

  /** Dependencies before the plugins that need them. */
  private List<String> startOrder() {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : new TreeMap<>(installed).keySet()) {
      visit(id, seen, order);
    }
    return order;
  }

  private void visit(String id, Set<String> seen, List<String> order) {
    Installed p = installed.get(id);
    if (p == null || !seen.add(id)) {
      return;
    }
    p.jar.dependencies().forEach(d -> visit(d.pluginId(), seen, order));
    order.add(id);
  }

  private void syncRegistry() {
    Map<String, JdbcPluginRegistry.Entry> stored = new LinkedHashMap<>();
    registry.all().forEach(e -> stored.put(e.pluginId(), e));
    for (Installed p : installed.values()) {
      JdbcPluginRegistry.Entry e = stored.get(p.jar.id());
      if (e == null) {
        e = new JdbcPluginRegistry.Entry(
            p.jar.id(), p.jar.version(), p.file.getFileName().toString(), p.jar.sha256(),
            properties.enableNew(), "bundled", clock.instant(), "system");
        registry.insert(e, clock.instant());
        audit.record("system", null, "plugin.installed", "plugin:" + p.jar.id(),
            "found " + p.file.getFileName() + " in the plugins folder, sha256 " + p.jar.sha256());
      } else if (!e.sha256().equals(p.jar.sha256())) {
        registry.replaceJar(p.jar.id(), p.jar.version(), p.file.getFileName().toString(), p.jar.sha256(), clock.instant());
        audit.record("system", null, "plugin.replaced-on-disk", "plugin:" + p.jar.id(),
            e.version() + " → " + p.jar.version() + ", sha256 " + p.jar.sha256());
        e = registry.find(p.jar.id()).orElseThrow();
      }
      p.entry = e;
    }
    for (JdbcPluginRegistry.Entry e : stored.values()) {
      if (!installed.containsKey(e.pluginId())) {
        brokenFiles.put(e.pluginId(), "its jar " + e.fileName() + " is missing from the plugins folder");
      }
    }
  }

  /** Loads a jar into PF4J; records why when it cannot be loaded. */
  private void load(Installed p) {
    try {
      loadOrThrow(p);
    } catch (PluginRefusedException e) {
      if (p.state != eu.remhub.portal.plugin.PluginState.INCOMPATIBLE) {
        p.state = eu.remhub.portal.plugin.PluginState.FAILED;
      }
      p.lastError = e.getMessage();
    }
  }

  private void loadOrThrow(Installed p) {
    if (!p.jar.compatible()) {
      p.state = eu.remhub.portal.plugin.PluginState.INCOMPATIBLE;
      p.lastError = p.jar.incompatibility();
      throw new PluginRefusedException(p.jar.incompatibility());
    }
    for (Dependency dep : p.jar.dependencies()) {
      Installed d = installed.get(dep.pluginId());
      if (d != null && !inspector.satisfies(d.jar.version(), dep.range())) {
        p.state = eu.remhub.portal.plugin.PluginState.INCOMPATIBLE;
        p.lastError = p.jar.id() + " needs " + dep + " but version " + d.jar.version() + " is installed.";
        throw new PluginRefusedException(p.lastError);
      }
    }
    try {
      manager.loadPlugin(p.file);
      p.state = eu.remhub.portal.plugin.PluginState.DISABLED;
    } catch (RuntimeException e) {
      p.state = eu.remhub.portal.plugin.PluginState.FAILED;
      throw new PluginRefusedException("The plugin runtime cannot load " + p.jar.id() + ": " + describe(e), e);
    }
  }

  private InspectedJar checkUpload(Path tmp) {
    InspectedJar jar = inspector.inspect(tmp, properties.maxJarSize().toBytes());
    if (!properties.allowedSha256().isEmpty() && !properties.allowedSha256().contains(jar.sha256())) {
      throw new PluginRefusedException(
          "The jar's SHA-256 " + jar.sha256() + " is not on this portal's allow-list (portal.plugins.allowed-sha256).");
    }
    if (!jar.compatible()) {
      throw new PluginRefusedException(jar.incompatibility());
    }
    for (Dependency dep : jar.dependencies()) {
      Installed d = installed.get(dep.pluginId());
      if (d == null && !dep.optional()) {
        throw new PluginRefusedException(jar.id() + " needs " + dep + ", which is not installed; install it first.");
      }
      if (d != null && !inspector.satisfies(d.jar.version(), dep.range())) {
        throw new PluginRefusedException(jar.id() + " needs " + dep + " but version " + d.jar.version() + " is installed.");
      }
    }
    return jar;
  }

  /** Copies an upload into a temporary file in the plugins folder, stopping past the size limit. */
  private Path receive(InputStream content) {
    createPluginsDir();
    long max = properties.maxJarSize().toBytes();
    Path tmp = pluginsDir.resolve(".upload-" + UUID.randomUUID() + ".tmp");
    try (InputStream in = content; var out = Files.newOutputStream(tmp)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > max) {
          throw new PluginRefusedException("The file is larger than the limit of " + max / 1024 + " KiB.");
        }
        out.write(buffer, 0, n);
      }
      return tmp;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp);
      if (e instanceof PluginRefusedException refused) {
        throw refused;
      }
      throw new PluginRefusedException("The upload could not be received: " + e.getMessage(), e);
    }
  }

  private List<Path> jarFiles() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(pluginsDir, "*.jar")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(Path::getFileName));
    return files;
  }

  private void createPluginsDir() {
    try {
      Files.createDirectories(pluginsDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the plugins folder " + pluginsDir, e);
    }
  }

  private PluginContext contextOf(ClassLoader loader) {
    for (PluginWrapper wrapper : manager.getPlugins()) {
      if (wrapper.getPluginClassLoader() == loader) {
        return contexts.get(wrapper.getPluginId());
      }
    }
    return null;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void forwardToPlugins(DomainEvent event) {
    extensions(DomainEventListener.class)
        .forEach((id, listeners) -> listeners.forEach(l -> guarded(id, "event " + event.getClass().getSimpleName(), () -> {
          l.onEvent(event);
          return null;
        }, null)));
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

  private String summary() {
    return list().stream().map(p -> p.id() + " " + p.version() + " " + p.state()).toList().toString();
  }

  private static String jarName(InspectedJar jar) {
    return jar.id() + "-" + jar.version() + "-" + jar.sha256().substring(0, 12) + ".jar";
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = t.getClass().getSimpleName() + ": " + t.getMessage();
    if (root != t) {
      message += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return message;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("cannot delete {}: {}", file, e.getMessage());
    }
  }
}
