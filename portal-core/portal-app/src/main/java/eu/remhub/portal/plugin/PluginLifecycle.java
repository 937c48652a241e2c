package eu.remhub.portal.plugin;

import eu.remhub.portal.api.event.PluginDisabled;
import eu.remhub.portal.api.event.PluginEnabled;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.plugin.internal.JdbcPluginRegistry;
import eu.remhub.portal.plugin.internal.PluginMigrator;
import eu.remhub.portal.runtime.call.PluginCalls;
import eu.remhub.portal.runtime.jar.PluginDependency;
import eu.remhub.portal.runtime.pf4j.PortalPluginManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, enables and disables installed plugins in PF4J: dependencies first, migrations before
 * start, routes registered after it, every change audited and announced. Runs under the lifecycle
 * lock. The plugin's start (its constructor, migrations, {@code start()} and routes) fails the
 * plugin as a whole; its {@code stop()} goes through the guard, so a throwing stop still disables.
 */
final class PluginLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PluginLifecycle.class);

  /** What the lifecycle works with; one record so that the constructor stays readable. */
  record Parts(
      PortalPluginManager manager,
      InstalledPlugins installed,
      DependencyGraph graph,
      PluginMigrator migrator,
      PluginRoutes routes,
      JdbcPluginRegistry registry,
      AuditService audit,
      DomainEventBus events,
      PluginCalls calls,
      Clock clock) {}

  private final Parts parts;
  private final PortalPluginManager manager;
  private final InstalledPlugins installed;

  PluginLifecycle(Parts parts) {
    this.parts = parts;
    this.manager = parts.manager();
    this.installed = parts.installed();
  }

  /** Enables the plugins that are stored as enabled, dependencies first. */
  void enableStored() {
    installed.all().forEach(this::load);
    for (String id : parts.graph().startOrder()) {
      InstalledPlugin p = installed.require(id);
      if (p.entry != null && p.entry.enabled() && p.status == PluginStatus.DISABLED) {
        enable(id, "system", new HashSet<>());
      }
    }
  }

  /** Enables a plugin and, first, what it depends on; false when it (or a dependency) failed. */
  boolean enable(String pluginId, String actor, Set<String> visiting) {
    InstalledPlugin p = installed.require(pluginId);
    if (p.status == PluginStatus.ENABLED) {
      return true;
    }
    if (p.status == PluginStatus.INCOMPATIBLE) {
      throw new PluginRefusedException(p.lastError);
    }
    if (!visiting.add(pluginId)) {
      throw new PluginRefusedException("dependency cycle through " + pluginId);
    }
    try {
      for (PluginDependency dep : p.jar.dependencies()) {
        if (!installed.contains(dep.pluginId())) {
          if (dep.optional()) {
            continue;
          }
          throw new PluginRefusedException(
              pluginId + " needs " + dep + ", which is not installed.");
        }
        if (!enable(dep.pluginId(), actor, visiting) && !dep.optional()) {
          p.mark(PluginStatus.FAILED, "needs " + dep.pluginId() + ", which failed to start");
          return false;
        }
      }
      return start(p, actor);
    } finally {
      visiting.remove(pluginId);
    }
  }

  private boolean start(InstalledPlugin p, String actor) {
    String pluginId = p.id();
    try {
      PluginWrapper wrapper = manager.getPlugin(pluginId);
      if (wrapper == null) {
        loadOrThrow(p);
        wrapper = manager.getPlugin(pluginId);
      }
      int migrations = parts.migrator().migrate(pluginId, wrapper.getPluginClassLoader());
      PluginState started = manager.startPlugin(pluginId);
      if (started != PluginState.STARTED) {
        Throwable cause = wrapper.getFailedException();
        throw cause != null ? cause : new IllegalStateException("PF4J left it " + started);
      }
      List<RouteContribution> contributed = new ArrayList<>();
      for (Class<? extends RouteContributor> type :
          manager.getExtensionClasses(RouteContributor.class, pluginId)) {
        RouteContributor contributor =
            (RouteContributor) manager.getExtensionFactory().create(type);
        contributed.addAll(contributor.routes());
      }
      parts.routes().add(pluginId, contributed);
      p.mark(PluginStatus.ENABLED, "");
      parts.registry().setEnabled(pluginId, true, parts.clock().instant());
      parts
          .audit()
          .record(
              actor,
              null,
              "plugin.enabled",
              "plugin:" + pluginId,
              "version "
                  + p.jar.version()
                  + ", "
                  + migrations
                  + " migrations, "
                  + contributed.size()
                  + " routes");
      parts.events().publish(new PluginEnabled(pluginId, p.jar.version(), parts.clock().instant()));
      return true;
    } catch (Throwable t) {
      PluginCalls.rethrowIfFatal(t);
      log.warn("plugin {} failed to start", pluginId, t);
      parts.routes().removeAll(pluginId);
      stopQuietly(pluginId);
      p.mark(PluginStatus.FAILED, PluginCalls.describe(t));
      parts.audit().record(actor, null, "plugin.failed", "plugin:" + pluginId, p.lastError);
      return false;
    }
  }

  /** Disables a plugin; its enabled dependents too when {@code alsoDependents}, else refuses. */
  void disable(String pluginId, boolean alsoDependents, String actor) {
    InstalledPlugin p = installed.require(pluginId);
    List<String> dependents = parts.graph().enabledDependents(pluginId);
    if (!dependents.isEmpty() && !alsoDependents) {
      throw new DependentsEnabledException(pluginId, dependents);
    }
    for (String dependent : dependents) {
      disable(dependent, true, actor);
    }
    boolean wasRunning = p.status == PluginStatus.ENABLED;
    parts.routes().removeAll(pluginId);
    if (manager.getPlugin(pluginId) != null) {
      stop(pluginId);
      manager.dropExtensions(pluginId);
    }
    if (p.status != PluginStatus.INCOMPATIBLE) {
      p.status = PluginStatus.DISABLED;
    }
    parts.registry().setEnabled(pluginId, false, parts.clock().instant());
    parts
        .audit()
        .record(actor, null, "plugin.disabled", "plugin:" + pluginId, "version " + p.jar.version());
    if (wasRunning) {
      parts
          .events()
          .publish(new PluginDisabled(pluginId, p.jar.version(), parts.clock().instant()));
    }
  }

  /** Stops and unloads every loaded plugin, dependents first; a plugin that throws is recorded. */
  void stopAll() {
    List<String> order = parts.graph().startOrder();
    for (String id : order) {
      parts.routes().removeAll(id);
    }
    // PF4J's own stopPlugins() trips over its list when stopping cascades: go one by one.
    for (int i = order.size() - 1; i >= 0; i--) {
      String id = order.get(i);
      if (manager.getPlugin(id) != null) {
        stop(id);
        manager.unloadPlugin(id);
      }
    }
  }

  /** Loads a jar into PF4J; records why when it cannot be loaded. */
  void load(InstalledPlugin p) {
    try {
      loadOrThrow(p);
    } catch (PluginRefusedException e) {
      p.mark(
          p.status == PluginStatus.INCOMPATIBLE ? PluginStatus.INCOMPATIBLE : PluginStatus.FAILED,
          e.getMessage());
    }
  }

  /** Loads a jar into PF4J, or marks it and refuses when it cannot run on this portal. */
  void loadOrThrow(InstalledPlugin p) {
    if (!p.jar.compatible()) {
      p.mark(PluginStatus.INCOMPATIBLE, p.jar.incompatibility());
      throw new PluginRefusedException(p.jar.incompatibility());
    }
    String mismatch = parts.graph().versionMismatch(p.jar);
    if (!mismatch.isEmpty()) {
      p.mark(PluginStatus.INCOMPATIBLE, mismatch);
      throw new PluginRefusedException(mismatch);
    }
    try {
      manager.loadPlugin(p.file);
      p.status = PluginStatus.DISABLED;
    } catch (RuntimeException e) {
      p.status = PluginStatus.FAILED;
      throw new PluginRefusedException(
          "The plugin runtime cannot load " + p.id() + ": " + PluginCalls.describe(e), e);
    }
  }

  /** Stops a plugin through the guard; PF4J keeps what its stop() threw, and so do we. */
  private void stop(String pluginId) {
    PluginWrapper wrapper = manager.getPlugin(pluginId);
    boolean wasStarted = wrapper.getPluginState() == PluginState.STARTED;
    parts.calls().run(pluginId, "stop", () -> manager.stopPlugin(pluginId));
    if (wasStarted
        && wrapper.getPluginState() == PluginState.FAILED
        && wrapper.getFailedException() != null) {
      parts.calls().failed(pluginId, "stop", wrapper.getFailedException());
    }
  }

  private void stopQuietly(String pluginId) {
    try {
      manager.stopPlugin(pluginId);
    } catch (RuntimeException ignored) {
      // it did not start; nothing to stop
    }
  }
}
