package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** The "database" of engine tests: documents by owner (null key for the core as "core"). */
final class MemoryDocuments implements SearchEngine.DocumentSource {

  /** An owned document. */
  record Owned(String pluginId, SearchDocument document) {}

  final List<Owned> documents = new CopyOnWriteArrayList<>();
  final Set<String> enabled = ConcurrentHashMap.newKeySet();
  // Holds a rebuild before its first document until the test opens it, so that a test sees a
  // rebuild under way for as long as it needs, on any machine.
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile boolean held;

  void add(String pluginId, SearchDocument doc) {
    documents.add(new Owned(pluginId, doc));
  }

  @Override
  public long estimate() {
    return documents.size();
  }

  /** From now on a rebuild waits before its first document until {@link #openGate()}. */
  void closeGate() {
    gate = new CountDownLatch(1);
  }

  /** Lets a held rebuild go on, and every later one. */
  void openGate() {
    gate.countDown();
  }

  /** Whether a rebuild is waiting at the closed gate. */
  boolean rebuildHeld() {
    return held;
  }

  @Override
  public void all(SearchEngine.DocumentSink sink) {
    hold();
    for (Owned o : new ArrayList<>(documents)) {
      if (o.pluginId() == null || enabled.contains(o.pluginId())) {
        sink.accept(o.pluginId(), o.document());
      }
    }
  }

  @Override
  public void ofPlugin(String pluginId, SearchEngine.DocumentSink sink) {
    if (!enabled.contains(pluginId)) {
      return;
    }
    documents.stream()
        .filter(o -> pluginId.equals(o.pluginId()))
        .forEach(o -> sink.accept(pluginId, o.document()));
  }

  private void hold() {
    CountDownLatch current = gate;
    if (current.getCount() == 0) {
      return;
    }
    held = true;
    try {
      current.await();
    } catch (InterruptedException e) {
      // The engine closes; let the rebuild end.
      Thread.currentThread().interrupt();
    } finally {
      held = false;
    }
  }

  static Map<String, List<String>> facets(String... pairs) {
    Map<String, List<String>> out = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return out;
  }
}
