package eu.remhub.portal.base;

import eu.remhub.portal.base.internal.JdbcAuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The audit log: who did what, when. Staff read it in Administration → Audit log. */
@Service
public class AuditService {

  /** One audit entry. */
  public record AuditEntry(
      long id,
      Instant at,
      String actor,
      String pluginId,
      String action,
      String target,
      String detail) {}

  private final JdbcAuditLog log;
  private final Clock clock;

  public AuditService(JdbcAuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** Records an action by the person of the current request, or "system" when there is none. */
  public void record(String action, String target, String detail) {
    record(currentActor(), null, action, target, detail);
  }

  /** Records an action by a named actor, optionally on behalf of a plugin. */
  public void record(String actor, String pluginId, String action, String target, String detail) {
    log.insert(clock.instant(), actor, pluginId, action, target, detail);
  }

  /** The newest entries first. */
  public List<AuditEntry> latest(int offset, int limit) {
    return log.latest(offset, limit);
  }

  /** Entries by an actor or about a target, oldest first (a person's data export). */
  public List<AuditEntry> concerning(String actor, String target) {
    return log.concerning(actor, target);
  }

  /**
   * Replaces an identifier (a person's email address) wherever the log names it, keeping the
   * entries themselves: erasure removes who someone was, not what happened.
   */
  public void anonymise(String identifier, String replacement) {
    log.replace(identifier, replacement);
  }

  /** How many entries there are. */
  public int count() {
    return log.count();
  }

  /** The signed-in person's email, or "system". */
  public static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
        ? "system"
        : auth.getName();
  }
}
