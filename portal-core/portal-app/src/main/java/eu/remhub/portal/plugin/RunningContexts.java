package eu.remhub.portal.plugin;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Answers {@code PluginContexts.of(...)} for plugin classes. One plugin runtime runs in production;
 * tests may run a second application context beside the first, so a plugin class finds its context
 * in whichever running runtime loaded it.
 */
final class RunningContexts {

  private static final CopyOnWriteArrayList<RunningContexts> RUNNING = new CopyOnWriteArrayList<>();

  private final PluginManager manager;
  private final Map<String, PluginContext> contexts;

  RunningContexts(PluginManager manager, Map<String, PluginContext> contexts) {
    this.manager = manager;
    this.contexts = contexts;
  }

  /** Makes this runtime's contexts answer for its plugins' classes. */
  void register() {
    RUNNING.addIfAbsent(this);
    PluginContexts.install(RunningContexts::inAnyRuntime);
  }

  void unregister() {
    RUNNING.remove(this);
  }

  private static PluginContext inAnyRuntime(ClassLoader loader) {
    for (RunningContexts running : RUNNING) {
      PluginContext context = running.of(loader);
      if (context != null) {
        return context;
      }
    }
    return null;
  }

  private PluginContext of(ClassLoader loader) {
    for (PluginWrapper wrapper : manager.getPlugins()) {
      if (wrapper.getPluginClassLoader() == loader) {
        return contexts.get(wrapper.getPluginId());
      }
    }
    return null;
  }
}
