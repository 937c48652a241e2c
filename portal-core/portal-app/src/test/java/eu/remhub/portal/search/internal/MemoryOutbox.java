package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An outbox in memory for engine tests. An entry can be taken (id assigned) and committed later, as
 * a database transaction would, or never (rolled back).
 */
final class MemoryOutbox implements OutboxSource {

  private final List<OutboxRow> rows = new ArrayList<>();
  private final Set<Long> uncommitted = new HashSet<>();
  private long nextId = 1;

  synchronized long publish(String pluginId, SearchDocument doc) {
    long id = nextId++;
    rows.add(new OutboxRow(id, doc.type(), doc.id(), doc, pluginId));
    return id;
  }

  synchronized long remove(String type, String docId) {
    long id = nextId++;
    rows.add(new OutboxRow(id, type, docId, null, null));
    return id;
  }

  /** Takes an id for an entry whose transaction has not committed yet. */
  synchronized long publishUncommitted(String pluginId, SearchDocument doc) {
    long id = publish(pluginId, doc);
    uncommitted.add(id);
    return id;
  }

  synchronized void commit(long id) {
    uncommitted.remove(id);
  }

  @Override
  public synchronized List<OutboxRow> after(long id, int limit) {
    return rows.stream()
        .filter(r -> r.id() > id && !uncommitted.contains(r.id()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<OutboxRow> byIds(Collection<Long> ids) {
    return rows.stream()
        .filter(r -> ids.contains(r.id()) && !uncommitted.contains(r.id()))
        .toList();
  }

  @Override
  public synchronized long newestId() {
    return rows.stream()
        .filter(r -> !uncommitted.contains(r.id()))
        .mapToLong(OutboxRow::id)
        .max()
        .orElse(0);
  }

  /** Forgets the newest rows, as a database restored from an older backup would. */
  synchronized void forgetAfter(long id) {
    rows.removeIf(r -> r.id() > id);
    nextId = id + 1;
  }

  @Override
  public synchronized long newestIdFor(String type, String docId) {
    return rows.stream()
        .filter(
            r -> r.type().equals(type) && r.docId().equals(docId) && !uncommitted.contains(r.id()))
        .mapToLong(OutboxRow::id)
        .max()
        .orElse(0);
  }

  @Override
  public synchronized long settledPosition(Duration settle) {
    return 0;
  }
}
