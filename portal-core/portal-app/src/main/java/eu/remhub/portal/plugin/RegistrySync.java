package eu.remhub.portal.plugin;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.plugin.internal.JdbcPluginRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings the stored plugin registry in line with the plugins folder at start: a jar found for the
 * first time is registered as bundled, a jar replaced on disk is recorded with its new checksum,
 * and a registered plugin whose jar is gone is shown as a broken entry. Every change is audited.
 */
final class RegistrySync {

  private final JdbcPluginRegistry registry;
  private final AuditService audit;
  private final Clock clock;
  private final boolean enableNew;

  RegistrySync(JdbcPluginRegistry registry, AuditService audit, Clock clock, boolean enableNew) {
    this.registry = registry;
    this.audit = audit;
    this.clock = clock;
    this.enableNew = enableNew;
  }

  void sync(InstalledPlugins installed) {
    Map<String, JdbcPluginRegistry.Entry> stored = new LinkedHashMap<>();
    registry.all().forEach(e -> stored.put(e.pluginId(), e));
    for (InstalledPlugin p : installed.all()) {
      String fileName = p.file.getFileName().toString();
      JdbcPluginRegistry.Entry e = stored.get(p.id());
      if (e == null) {
        e =
            new JdbcPluginRegistry.Entry(
                p.id(),
                p.jar.version(),
                fileName,
                p.jar.sha256(),
                enableNew,
                "bundled",
                clock.instant(),
                "system");
        registry.insert(e, clock.instant());
        audit.record(
            "system",
            null,
            "plugin.installed",
            "plugin:" + p.id(),
            "found " + p.file.getFileName() + " in the plugins folder, sha256 " + p.jar.sha256());
      } else if (!e.sha256().equals(p.jar.sha256())) {
        registry.replaceJar(p.id(), p.jar.version(), fileName, p.jar.sha256(), clock.instant());
        audit.record(
            "system",
            null,
            "plugin.replaced-on-disk",
            "plugin:" + p.id(),
            e.version() + " → " + p.jar.version() + ", sha256 " + p.jar.sha256());
        e = registry.find(p.id()).orElseThrow();
      }
      p.entry = e;
    }
    for (JdbcPluginRegistry.Entry e : stored.values()) {
      if (!installed.contains(e.pluginId())) {
        installed.brokenFile(
            e.pluginId(), "its jar " + e.fileName() + " is missing from the plugins folder");
      }
    }
  }
}
