package eu.remhub.portal.plugin;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.plugin.internal.JdbcPluginRegistry;
import eu.remhub.portal.plugin.internal.PluginJarInspector;
import eu.remhub.portal.plugin.internal.PluginMigrator;
import eu.remhub.portal.runtime.jar.InspectedJar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Installs uploaded jars, updates installed plugins to newer versions and uninstalls them. A jar
 * that is not fit is refused with the reason and changes nothing; a newer version that cannot load
 * puts the old one back as it was. Runs under the lifecycle lock.
 */
final class PluginInstaller {

  /** What the installer works with; one record so that the constructor stays readable. */
  record Parts(
      PluginProperties properties,
      PluginFolder folder,
      PluginJarInspector inspector,
      InstalledPlugins installed,
      DependencyGraph graph,
      PluginLifecycle lifecycle,
      JdbcPluginRegistry registry,
      PluginMigrator migrator,
      AuditService audit,
      Clock clock,
      Consumer<String> unload,
      Consumer<String> forgetContext) {}

  /** Work on an uploaded jar, received into a temporary file that is gone afterwards. */
  @FunctionalInterface
  private interface JarWork<T> {
    T apply(Path receivedJar) throws IOException;
  }

  private final Parts parts;
  private final InstalledPlugins installed;

  PluginInstaller(Parts parts) {
    this.parts = parts;
    this.installed = parts.installed();
  }

  /** Installs an uploaded jar, disabled. */
  PluginInfo upload(String fileName, InputStream content, String actor) {
    if (!parts.properties().uploadsAllowed()) {
      throw new PluginRefusedException(
          "Uploading plugins is switched off on this portal (portal.plugins.uploads-allowed).");
    }
    return withReceivedJar(
        content,
        tmp -> {
          InspectedJar jar = check(tmp);
          installed
              .get(jar.id())
              .ifPresent(
                  other -> {
                    throw new PluginRefusedException(
                        jar.id()
                            + " is already installed (version "
                            + other.jar.version()
                            + "); use Update to replace it.");
                  });
          Path target = parts.folder().keep(tmp, jar);
          InstalledPlugin p = new InstalledPlugin(jar, target);
          try {
            parts.lifecycle().loadOrThrow(p);
          } catch (RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
          }
          var entry =
              new JdbcPluginRegistry.Entry(
                  jar.id(),
                  jar.version(),
                  target.getFileName().toString(),
                  jar.sha256(),
                  false,
                  "uploaded",
                  parts.clock().instant(),
                  actor);
          parts.registry().insert(entry, parts.clock().instant());
          p.entry = entry;
          installed.put(p);
          parts
              .audit()
              .record(
                  actor,
                  null,
                  "plugin.uploaded",
                  "plugin:" + jar.id(),
                  "version " + jar.version() + " from " + fileName + ", sha256 " + jar.sha256());
          return p.info();
        });
  }

  /** Replaces an installed plugin with a newer version; an enabled plugin is enabled again. */
  PluginInfo update(String pluginId, String fileName, InputStream content, String actor) {
    if (!installed.contains(pluginId)) {
      throw new PluginRefusedException(pluginId + " is not installed; upload it instead.");
    }
    return withReceivedJar(
        content,
        tmp -> {
          InstalledPlugin old =
              installed
                  .get(pluginId)
                  .orElseThrow(
                      () ->
                          new PluginRefusedException(
                              pluginId + " is not installed; upload it instead."));
          InspectedJar jar = check(tmp);
          if (!jar.id().equals(pluginId)) {
            throw new PluginRefusedException(
                "The jar holds plugin " + jar.id() + ", not " + pluginId + ".");
          }
          if (parts.inspector().compare(jar.version(), old.jar.version()) <= 0) {
            throw new PluginRefusedException(
                "Version "
                    + jar.version()
                    + " is not newer than the installed "
                    + old.jar.version()
                    + ".");
          }
          boolean wasEnabled = old.enabled();
          List<String> dependents = parts.graph().enabledDependents(pluginId);
          if (wasEnabled) {
            parts.lifecycle().disable(pluginId, true, actor);
          }
          parts.unload().accept(pluginId);
          Path target = parts.folder().keep(tmp, jar);
          InstalledPlugin p = new InstalledPlugin(jar, target);
          p.entry = old.entry;
          try {
            parts.lifecycle().loadOrThrow(p);
          } catch (RuntimeException e) {
            // Put the old version back as it was.
            Files.deleteIfExists(target);
            parts.lifecycle().load(old);
            reenable(wasEnabled, pluginId, dependents, actor);
            throw e;
          }
          parts
              .registry()
              .replaceJar(
                  pluginId,
                  jar.version(),
                  target.getFileName().toString(),
                  jar.sha256(),
                  parts.clock().instant());
          installed.put(p);
          if (!old.file.equals(target)) {
            parts.folder().delete(old.file);
          }
          parts
              .audit()
              .record(
                  actor,
                  null,
                  "plugin.updated",
                  "plugin:" + pluginId,
                  old.jar.version() + " → " + jar.version() + ", sha256 " + jar.sha256());
          reenable(wasEnabled, pluginId, dependents, actor);
          return p.info();
        });
  }

  /** Removes a plugin (or a broken file); its tables and settings stay unless {@code purgeData}. */
  void uninstall(String pluginId, boolean purgeData, String actor) {
    InstalledPlugin p = installed.get(pluginId).orElse(null);
    if (p == null) {
      if (installed.removeBrokenFile(pluginId)) {
        parts.folder().delete(parts.folder().dir().resolve(pluginId));
        parts.registry().delete(pluginId);
        parts.audit().record(actor, null, "plugin.file-removed", "file:" + pluginId, "");
        return;
      }
      throw new PluginRefusedException(pluginId + " is not installed.");
    }
    List<String> needing = parts.graph().requiredBy(pluginId);
    if (!needing.isEmpty()) {
      throw new PluginRefusedException(
          String.join(", ", needing) + " need " + pluginId + "; uninstall those first.");
    }
    if (p.enabled()) {
      parts.lifecycle().disable(pluginId, true, actor);
    }
    parts.unload().accept(pluginId);
    parts.forgetContext().accept(pluginId);
    parts.folder().delete(p.file);
    parts.registry().delete(pluginId);
    installed.remove(pluginId);
    String detail = "version " + p.jar.version() + (purgeData ? ", data purged" : ", data kept");
    if (purgeData) {
      detail += ": dropped " + parts.migrator().purge(pluginId, installed.ids());
      parts.registry().deleteSettings(pluginId);
    }
    parts.audit().record(actor, null, "plugin.uninstalled", "plugin:" + pluginId, detail);
  }

  private void reenable(
      boolean wasEnabled, String pluginId, List<String> dependents, String actor) {
    if (wasEnabled) {
      parts.lifecycle().enable(pluginId, actor, new HashSet<>());
      dependents.forEach(d -> parts.lifecycle().enable(d, actor, new HashSet<>()));
    }
  }

  private InspectedJar check(Path tmp) {
    PluginProperties properties = parts.properties();
    InspectedJar jar = parts.inspector().inspect(tmp, properties.maxJarSize().toBytes());
    if (!properties.allowedSha256().isEmpty()
        && !properties.allowedSha256().contains(jar.sha256())) {
      throw new PluginRefusedException(
          "The jar's SHA-256 "
              + jar.sha256()
              + " is not on this portal's allow-list (portal.plugins.allowed-sha256).");
    }
    if (!jar.compatible()) {
      throw new PluginRefusedException(jar.incompatibility());
    }
    parts.graph().checkInstallable(jar);
    return jar;
  }

  private <T> T withReceivedJar(InputStream content, JarWork<T> work) {
    Path tmp = parts.folder().receive(content);
    try {
      return work.apply(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      parts.folder().delete(tmp);
    }
  }
}
