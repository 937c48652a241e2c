package eu.remhub.portal.plugin.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The installed plugins and the enabled set, in the database, so that they survive restarts. */
@Repository
public class JdbcPluginRegistry {

  /** One installed plugin as stored. */
  public record Entry(
      String pluginId,
      String version,
      String fileName,
      String sha256,
      boolean enabled,
      String source,
      Instant installedAt,
      String installedBy) {}

  private final JdbcClient jdbc;

  public JdbcPluginRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Entry> all() {
    return jdbc.sql("SELECT * FROM plugin_registry ORDER BY plugin_id")
        .query(JdbcPluginRegistry::entry)
        .list();
  }

  public Optional<Entry> find(String pluginId) {
    return jdbc.sql("SELECT * FROM plugin_registry WHERE plugin_id = ?")
        .param(pluginId)
        .query(JdbcPluginRegistry::entry)
        .optional();
  }

  public void insert(Entry e, Instant now) {
    jdbc.sql(
            "INSERT INTO plugin_registry (plugin_id, version, file_name, sha256, enabled, source,"
                + " installed_at, installed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.pluginId(),
            e.version(),
            e.fileName(),
            e.sha256(),
            e.enabled(),
            e.source(),
            Timestamp.from(e.installedAt()),
            e.installedBy(),
            Timestamp.from(now))
        .update();
  }

  public void replaceJar(
      String pluginId, String version, String fileName, String sha256, Instant now) {
    jdbc.sql(
            "UPDATE plugin_registry SET version = ?, file_name = ?, sha256 = ?, updated_at = ? WHERE plugin_id = ?")
        .params(version, fileName, sha256, Timestamp.from(now), pluginId)
        .update();
  }

  public void setEnabled(String pluginId, boolean enabled, Instant now) {
    jdbc.sql("UPDATE plugin_registry SET enabled = ?, updated_at = ? WHERE plugin_id = ?")
        .params(enabled, Timestamp.from(now), pluginId)
        .update();
  }

  public void deleteSettings(String pluginId) {
    jdbc.sql("DELETE FROM plugin_setting WHERE plugin_id = ?").param(pluginId).update();
  }

  public void delete(String pluginId) {
    jdbc.sql("DELETE FROM plugin_registry WHERE plugin_id = ?").param(pluginId).update();
  }

  private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Entry(
        rs.getString("plugin_id"),
        rs.getString("version"),
        rs.getString("file_name"),
        rs.getString("sha256"),
        rs.getBoolean("enabled"),
        rs.getString("source"),
        rs.getTimestamp("installed_at").toInstant(),
        rs.getString("installed_by"));
  }
}
