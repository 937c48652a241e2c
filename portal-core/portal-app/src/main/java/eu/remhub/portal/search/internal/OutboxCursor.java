package eu.remhub.portal.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far one index has applied the outbox. Ids come from an auto-increment column, so a
 * transaction can commit an id below one already applied; such ids are kept as gaps and looked for
 * again until they appear or time out (a rolled-back insert leaves its id unused for ever). The
 * {@link #watermark()} below the oldest gap is what a commit records: replaying from it after a
 * crash repeats some rows, which is harmless, and skips none.
 */
final class OutboxCursor {

  private static final Logger log = LoggerFactory.getLogger(OutboxCursor.class);
  private static final int MAX_GAPS = 10_000;

  private long high;
  private final TreeMap<Long, Long> gaps = new TreeMap<>();

  OutboxCursor(long start) {
    this.high = start;
  }

  synchronized long high() {
    return high;
  }

  /** Everything up to here is applied (or given up as rolled back). */
  synchronized long watermark() {
    return gaps.isEmpty() ? high : gaps.firstKey() - 1;
  }

  synchronized List<Long> gaps(int max) {
    return new ArrayList<>(gaps.keySet()).subList(0, Math.min(max, gaps.size()));
  }

  synchronized int gapCount() {
    return gaps.size();
  }

  /** A row above the high mark was applied; ids skipped on the way become gaps. */
  synchronized void advanceTo(long id, long nowMillis) {
    if (id <= high) {
      gaps.remove(id);
      return;
    }
    long missing = id - high - 1;
    if (missing > 0 && gaps.size() + missing <= MAX_GAPS) {
      for (long g = high + 1; g < id; g++) {
        gaps.put(g, nowMillis);
      }
    } else if (missing > 0) {
      log.warn("outbox ids {} to {} skipped: too many to wait for", high + 1, id - 1);
    }
    high = id;
  }

  /** A gap's row turned up and was dealt with. */
  synchronized void filled(long id) {
    gaps.remove(id);
  }

  /** Gives up gaps older than the timeout; answers whether the watermark moved. */
  synchronized boolean expire(long nowMillis, long timeoutMillis) {
    return gaps.values().removeIf(first -> nowMillis - first >= timeoutMillis);
  }

  /** Whether the row with this id has been dealt with. */
  synchronized boolean covers(long id) {
    return id <= high && !gaps.containsKey(id);
  }
}
