package eu.remhub.portal.search;

import eu.remhub.portal.api.service.SearchDocument;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path by which searchable changes reach the index: an entry in {@code index_outbox},
 * written in the caller's transaction, so a rolled-back change never reaches the index and a
 * committed one is never missed.
 */
@Service
public class SearchOutbox {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final OutboxSignal signal;

  public SearchOutbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxSignal signal) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.signal = signal;
  }

  /** Adds or replaces a document of the core. */
  public void publish(SearchDocument document) {
    publish(null, document);
  }

  /**
   * Adds or replaces a document.
   *
   * @param pluginId the plugin that owns it, or null for the core
   * @param document the document
   */
  public void publish(String pluginId, SearchDocument document) {
    write(document.type(), document.id(), "UPSERT", json.writeValueAsString(document), pluginId);
  }

  public void remove(String type, String id) {
    write(type, id, "DELETE", null, null);
  }

  private void write(String type, String id, String operation, String payload, String pluginId) {
    jdbc.sql("INSERT INTO index_outbox (doc_type, doc_id, operation, payload, plugin_id, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(type, id, operation, payload, pluginId, Timestamp.from(clock.instant()))
        .update();
    signal.written();
  }
}
