package eu.remhub.portal.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Applies committed outbox rows to an index: gap rows that turned up late (unless the document has
 * a newer row), then new rows in id order, one batch at a time. Used by the indexer thread for the
 * serving index and by a rebuild to catch its new folder up.
 */
final class OutboxApplier {

  private final OutboxSource outbox;
  private final Clock clock;
  private final Duration gapTimeout;
  private final int batchSize;

  OutboxApplier(OutboxSource outbox, Clock clock, Duration gapTimeout, int batchSize) {
    this.outbox = outbox;
    this.clock = clock;
    this.gapTimeout = gapTimeout;
    this.batchSize = batchSize;
  }

  /** How many new rows one {@link #apply} reads at most; fewer means the outbox is drained. */
  int batchSize() {
    return batchSize;
  }

  /**
   * Applies late gap rows and one batch of new rows.
   *
   * @return how many new rows were read
   */
  int apply(LuceneIndex index) {
    OutboxCursor cursor = index.cursor();
    long now = clock.millis();
    List<Long> gaps = cursor.gaps(500);
    if (!gaps.isEmpty()) {
      for (OutboxRow row : outbox.byIds(gaps)) {
        if (outbox.newestIdFor(row.type(), row.docId()) <= row.id()) {
          applyRow(index, row);
        }
        cursor.filled(row.id());
      }
      cursor.expire(now, gapTimeout.toMillis());
    }
    List<OutboxRow> rows = outbox.after(cursor.high(), batchSize);
    for (OutboxRow row : rows) {
      applyRow(index, row);
      cursor.advanceTo(row.id(), now);
    }
    return rows.size();
  }

  /** Applies rows until a batch comes back short. */
  void drain(LuceneIndex index) {
    while (apply(index) >= batchSize) {
      // more rows waiting
    }
  }

  private static void applyRow(LuceneIndex index, OutboxRow row) {
    if (row.isDelete()) {
      index.delete(row.type(), row.docId());
    } else {
      index.upsert(row.pluginId(), row.document());
    }
  }
}
