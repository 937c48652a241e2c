package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The index outbox table, written and read with plain JDBC. */
@Component
public final class JdbcOutbox implements OutboxSource {

  private static final String COLUMNS =
      "SELECT id, doc_type, doc_id, operation, payload, plugin_id FROM index_outbox ";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  public JdbcOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    // Jackson builds its reader for the record on first use (a few hundred milliseconds); do it now
    // rather than on the first change after start.
    json.readValue(
        json.writeValueAsString(
            new SearchDocument(
                "warm-up", "0", "", null, null, "/", Visibility.everyone(), null, null)),
        SearchDocument.class);
  }

  /** Adds an entry, in the caller's transaction. */
  public void append(String type, String id, String operation, String payload, String pluginId) {
    jdbc.sql(
            "INSERT INTO index_outbox (doc_type, doc_id, operation, payload, plugin_id, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(type, id, operation, payload, pluginId, Timestamp.from(clock.instant()))
        .update();
  }

  @Override
  public List<OutboxRow> after(long id, int limit) {
    return jdbc.sql(COLUMNS + "WHERE id > ? ORDER BY id LIMIT ?")
        .params(id, limit)
        .query(this::row)
        .list();
  }

  @Override
  public List<OutboxRow> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(COLUMNS + "WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(this::row)
        .list();
  }

  @Override
  public long newestId() {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM index_outbox").query(Long.class).single();
  }

  @Override
  public long newestIdFor(String type, String docId) {
    return jdbc.sql(
            "SELECT COALESCE(MAX(id), 0) FROM index_outbox WHERE doc_type = ? AND doc_id = ?")
        .params(type, docId)
        .query(Long.class)
        .single();
  }

  @Override
  public long settledPosition(Duration settle) {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM index_outbox WHERE created_at < ?")
        .param(Timestamp.from(clock.instant().minus(settle)))
        .query(Long.class)
        .single();
  }

  private OutboxRow row(ResultSet rs, int n) throws SQLException {
    String operation = rs.getString("operation");
    String payload = rs.getString("payload");
    SearchDocument document =
        "DELETE".equals(operation) || payload == null
            ? null
            : json.readValue(payload, SearchDocument.class);
    return new OutboxRow(
        rs.getLong("id"),
        rs.getString("doc_type"),
        rs.getString("doc_id"),
        document,
        rs.getString("plugin_id"));
  }
}
