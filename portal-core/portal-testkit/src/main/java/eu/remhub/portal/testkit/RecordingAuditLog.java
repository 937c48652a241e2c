package eu.remhub.portal.testkit;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.service.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * An {@link AuditLog} that keeps its entries in memory, stamped as the portal stamps them: with the
 * plugin id, the person signed in and the context's clock. Thread-safe.
 *
 * @since 1.0.0
 */
public final class RecordingAuditLog implements AuditLog {

  /**
   * One audit entry.
   *
   * @param pluginId the plugin that wrote it
   * @param personId the person signed in when it was written, {@code 0} for none
   * @param action the action
   * @param target what was acted on
   * @param detail free text
   * @param at when it was written, by the context's clock
   * @since 1.0.0
   */
  public record Entry(
      String pluginId, long personId, String action, String target, String detail, Instant at) {}

  private final String pluginId;
  private final Supplier<Optional<CurrentUser>> currentUser;
  private final Clock clock;
  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  RecordingAuditLog(String pluginId, Supplier<Optional<CurrentUser>> currentUser, Clock clock) {
    this.pluginId = pluginId;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void record(String action, String target, String detail) {
    long personId = currentUser.get().map(CurrentUser::personId).orElse(0L);
    entries.add(new Entry(pluginId, personId, action, target, detail, clock.instant()));
  }

  /**
   * Every entry so far, in order.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
