package eu.remhub.portal.search.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Reads the index outbox. Implementations are thread-safe. */
public interface OutboxSource {

  /** Committed rows with an id above {@code id}, in id order, at most {@code limit}. */
  List<OutboxRow> after(long id, int limit);

  /** Those of the given ids that are committed by now, in id order. */
  List<OutboxRow> byIds(Collection<Long> ids);

  /** The newest row id of all, or 0. */
  long newestId();

  /** The newest row id for one document, or 0. */
  long newestIdFor(String type, String docId);

  /**
   * A position from which a fresh index can start after reading all documents from the database:
   * the newest row older than {@code settle}, since younger ids may belong to transactions still
   * open, whose data the rebuild may not have seen.
   */
  long settledPosition(Duration settle);
}
