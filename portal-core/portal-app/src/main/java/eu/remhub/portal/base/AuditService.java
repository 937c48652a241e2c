package eu.remhub.portal.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The audit log: who did what, when. Staff read it in Administration → Audit log. */
@Service
public class AuditService {

  /** One audit entry. */
  public record AuditEntry(
      long id, Instant at, String actor, String pluginId, String action, String target, String detail) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records an action by the person of the current request, or "system" when there is none. */
  public void record(String action, String target, String detail) {
    record(currentActor(), null, action, target, detail);
  }

  /** Records an action by a named actor, optionally on behalf of a plugin. */
  public void record(String actor, String pluginId, String action, String target, String detail) {
    jdbc.sql(
            "INSERT INTO audit_log (at, actor, plugin_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(clock.instant()), actor, pluginId, action, target, detail)
        .update();
  }

  /** The newest entries first. */
  public List<AuditEntry> latest(int offset, int limit) {
    return jdbc.sql(
            "SELECT id, at, actor, plugin_id, action, target, detail FROM audit_log"
                + " ORDER BY id DESC LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getLong("id"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("plugin_id"),
                    rs.getString("action"),
                    rs.getString("target"),
                    rs.getString("detail")))
        .list();
  }

  /** Entries by an actor or about a target, oldest first (a person's data export). */
  public List<AuditEntry> concerning(String actor, String target) {
    return jdbc.sql("SELECT id, at, actor, plugin_id, action, target, detail FROM audit_log WHERE actor = ? OR target = ? ORDER BY id")
        .params(actor, target)
        .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
            rs.getString("plugin_id"), rs.getString("action"), rs.getString("target"), rs.getString("detail")))
        .list();
  }

  /**
   * Replaces an identifier (a person's email address) wherever the log names it, keeping the
   * entries themselves: erasure removes who someone was, not what happened.
   */
  public void anonymise(String identifier, String replacement) {
    jdbc.sql("UPDATE audit_log SET actor = ? WHERE actor = ?").params(replacement, identifier).update();
    jdbc.sql("UPDATE audit_log SET target = REPLACE(target, ?, ?), detail = REPLACE(detail, ?, ?) WHERE target LIKE ? OR detail LIKE ?")
        .params(identifier, replacement, identifier, replacement, "%" + identifier + "%", "%" + identifier + "%")
        .update();
  }

  /** How many entries there are. */
  public int count() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Integer.class).single();
  }

  /** The signed-in person's email, or "system". */
  public static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
        ? "system"
        : auth.getName();
  }
}
