package eu.remhub.portal.plugin;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the plugin runtime under {@code /actuator/health}: up while the runtime answers, with the
 * state of every plugin; failed plugins show as details, not as the portal being down, because the
 * portal keeps serving without them.
 */
@Component("plugins")
class PluginRuntimeHealthIndicator extends AbstractHealthIndicator {

  private final PluginService plugins;

  PluginRuntimeHealthIndicator(PluginService plugins) {
    this.plugins = plugins;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, String> states = new TreeMap<>();
    long failed = 0;
    for (PluginInfo p : plugins.list()) {
      states.put(p.id(), p.state().name() + (p.version().isEmpty() ? "" : " " + p.version()));
      if (p.state() == PluginStatus.FAILED || p.state() == PluginStatus.INCOMPATIBLE) {
        failed++;
      }
    }
    builder.up().withDetail("plugins", states).withDetail("failed", failed);
  }
}
