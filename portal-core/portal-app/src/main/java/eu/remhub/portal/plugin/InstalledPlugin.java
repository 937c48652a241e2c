package eu.remhub.portal.plugin;

import eu.remhub.portal.plugin.internal.JdbcPluginRegistry;
import eu.remhub.portal.runtime.jar.InspectedJar;
import java.nio.file.Path;

/**
 * The runtime view of one installed plugin: its jar, its status and why it last failed. Changed
 * only under the lifecycle lock, read from any thread.
 */
final class InstalledPlugin {
  final InspectedJar jar;
  final Path file;
  volatile PluginStatus status = PluginStatus.DISABLED;
  volatile String lastError = "";
  volatile JdbcPluginRegistry.Entry entry;

  InstalledPlugin(InspectedJar jar, Path file) {
    this.jar = jar;
    this.file = file;
  }

  String id() {
    return jar.id();
  }

  boolean enabled() {
    return status == PluginStatus.ENABLED;
  }

  /** Marks the plugin with a status and the reason, both shown to staff. */
  void mark(PluginStatus status, String reason) {
    this.status = status;
    this.lastError = reason;
  }

  PluginInfo info() {
    return new PluginInfo(
        jar.id(),
        jar.name().isEmpty() ? jar.id() : jar.name(),
        jar.version(),
        jar.provider(),
        jar.description(),
        jar.license(),
        status,
        jar.requires(),
        jar.dependencies().stream().map(Object::toString).toList(),
        jar.sha256(),
        lastError,
        entry == null ? "bundled" : entry.source(),
        entry == null ? null : entry.installedAt(),
        entry == null ? "" : entry.installedBy());
  }
}
