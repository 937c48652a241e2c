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

  public SearchOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  public void publish(SearchDocument document) {
    write(document.type(), document.id(), "UPSERT", json.writeValueAsString(document));
  }

  public void remove(String type, String id) {
    write(type, id, "DELETE", null);
  }

  private void write(String type, String id, String operation, String payload) {
    jdbc.sql("INSERT INTO index_outbox (doc_type, doc_id, operation, payload, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(type, id, operation, payload, Timestamp.from(clock.instant()))
        .update();
  }
}
