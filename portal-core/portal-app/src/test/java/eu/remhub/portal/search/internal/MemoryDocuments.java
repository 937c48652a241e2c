package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The "database" of engine tests: documents by owner (null key for the core as "core"). */
final class MemoryDocuments implements SearchEngine.DocumentSource {

  /** An owned document. */
  record Owned(String pluginId, SearchDocument document) {}

  final List<Owned> documents = new CopyOnWriteArrayList<>();
  final Set<String> enabled = ConcurrentHashMap.newKeySet();
  volatile long delayNanosPerDocument;

  void add(String pluginId, SearchDocument doc) {
    documents.add(new Owned(pluginId, doc));
  }

  @Override
  public long estimate() {
    return documents.size();
  }

  @Override
  public void all(SearchEngine.DocumentSink sink) {
    for (Owned o : new ArrayList<>(documents)) {
      if (o.pluginId() == null || enabled.contains(o.pluginId())) {
        pause();
        sink.accept(o.pluginId(), o.document());
      }
    }
  }

  @Override
  public void ofPlugin(String pluginId, SearchEngine.DocumentSink sink) {
    if (!enabled.contains(pluginId)) {
      return;
    }
    documents.stream().filter(o -> pluginId.equals(o.pluginId())).forEach(o -> sink.accept(pluginId, o.document()));
  }

  private void pause() {
    long delay = delayNanosPerDocument;
    if (delay > 0) {
      long until = System.nanoTime() + delay;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
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
