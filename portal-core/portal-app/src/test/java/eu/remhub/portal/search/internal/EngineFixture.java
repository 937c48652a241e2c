package eu.remhub.portal.search.internal;

import static org.awaitility.Awaitility.await;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.Viewer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An engine on a temporary folder with an outbox and a document source in memory. */
final class EngineFixture implements AutoCloseable {

  static final SearchEngine.Settings FAST =
      new SearchEngine.Settings(
          Duration.ofMillis(20),
          Duration.ofMillis(20),
          Duration.ofMillis(200),
          Duration.ofSeconds(1),
          500);

  final Path root;
  final MemoryOutbox outbox = new MemoryOutbox();
  final MemoryDocuments documents = new MemoryDocuments();
  SearchEngine engine;

  EngineFixture(Path root) {
    this.root = root;
  }

  SearchEngine start() {
    engine = new SearchEngine(root, outbox, documents, FAST, Clock.systemUTC());
    engine.start();
    return engine;
  }

  void restart() {
    engine.close();
    start();
  }

  /** Publishes through the outbox and waits until searchable. */
  void publish(String pluginId, SearchDocument doc) throws InterruptedException {
    documents.add(pluginId, doc);
    long id = outbox.publish(pluginId, doc);
    if (!engine.awaitApplied(id, Duration.ofSeconds(10))) {
      throw new AssertionError("outbox row " + id + " not applied");
    }
  }

  void awaitRebuilt() {
    await("the rebuild's end")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> !engine.rebuildProgress().running() && !engine.status().provisional());
  }

  SearchResult search(String text, Viewer viewer) {
    return engine.search(SearchQuery.of(text), viewer, documents.enabled);
  }

  List<String> keys(String text, Viewer viewer) {
    return search(text, viewer).hits().stream().map(h -> h.type() + "/" + h.id()).toList();
  }

  static SearchDocument doc(
      String type,
      String id,
      String title,
      String body,
      Visibility visibility,
      Map<String, List<String>> facets) {
    return new SearchDocument(
        type,
        id,
        title,
        List.of(),
        body,
        "/" + type + "/" + id,
        visibility,
        facets,
        Instant.parse("2026-01-01T00:00:00Z")
            .plusSeconds(Long.parseLong(id.replaceAll("\\D", "0"))));
  }

  static SearchDocument doc(String type, String id, String title, String body) {
    return doc(type, id, title, body, Visibility.everyone(), Map.of());
  }

  static Set<String> set(String... values) {
    return Set.of(values);
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
    }
  }
}
