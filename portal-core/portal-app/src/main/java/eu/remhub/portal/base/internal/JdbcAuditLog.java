package eu.remhub.portal.base.internal;

import eu.remhub.portal.base.AuditService.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_log} table. */
@Repository
public class JdbcAuditLog {

  private static final String COLUMNS =
      "SELECT id, at, actor, plugin_id, action, target, detail FROM audit_log";

  private final JdbcClient jdbc;

  public JdbcAuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      Instant at, String actor, String pluginId, String action, String target, String detail) {
    jdbc.sql(
            "INSERT INTO audit_log (at, actor, plugin_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(at), actor, pluginId, action, target, detail)
        .update();
  }

  /** The newest entries first. */
  public List<AuditEntry> latest(int offset, int limit) {
    return jdbc.sql(COLUMNS + " ORDER BY id DESC LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(JdbcAuditLog::entry)
        .list();
  }

  /** Entries by an actor or about a target, oldest first. */
  public List<AuditEntry> concerning(String actor, String target) {
    return jdbc.sql(COLUMNS + " WHERE actor = ? OR target = ? ORDER BY id")
        .params(actor, target)
        .query(JdbcAuditLog::entry)
        .list();
  }

  /** Replaces an identifier as actor, and within targets and details. */
  public void replace(String identifier, String replacement) {
    jdbc.sql("UPDATE audit_log SET actor = ? WHERE actor = ?")
        .params(replacement, identifier)
        .update();
    jdbc.sql(
            "UPDATE audit_log SET target = REPLACE(target, ?, ?), detail = REPLACE(detail, ?, ?) WHERE target LIKE ? OR detail LIKE ?")
        .params(
            identifier,
            replacement,
            identifier,
            replacement,
            "%" + identifier + "%",
            "%" + identifier + "%")
        .update();
  }

  public int count() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Integer.class).single();
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("plugin_id"),
        rs.getString("action"),
        rs.getString("target"),
        rs.getString("detail"));
  }
}
