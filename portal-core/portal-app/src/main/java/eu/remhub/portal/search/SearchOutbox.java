package eu.remhub.portal.search;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.search.internal.JdbcOutbox;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path by which searchable changes reach the index: an entry in {@code index_outbox},
 * written in the caller's transaction, so a rolled-back change never reaches the index and a
 * committed one is never missed.
 */
@Service
public class SearchOutbox {

  private final JdbcOutbox outbox;
  private final JsonMapper json;
  private final OutboxSignal signal;

  public SearchOutbox(JdbcOutbox outbox, JsonMapper json, OutboxSignal signal) {
    this.outbox = outbox;
    this.json = json;
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
    outbox.append(type, id, operation, payload, pluginId);
    signal.written();
  }
}
