package eu.remhub.portal.billing.internal.stripe;

import eu.remhub.portal.billing.BillingEventLog.Entry;
import eu.remhub.portal.billing.BillingEventLog.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code billing_event} table (each Stripe event once, by its id) and {@code billing_notice}
 * (each notice once, by its key).
 */
@Repository
class JdbcStripeEvents {

  private static final String COLUMNS =
      "event_id, type, created_at, received_at, processed_at, outcome, attempts, organisation_id, object_id, detail";

  private final JdbcClient jdbc;

  JdbcStripeEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the event's row; false when it exists. A second delivery racing the first waits here
   * for the first transaction's end and then finds the row (or, after a rollback, inserts it).
   */
  boolean insert(String eventId, String type, Instant created, String payload, Instant now) {
    try {
      jdbc.sql(
              "INSERT INTO billing_event (event_id, type, created_at, received_at, outcome, attempts, payload) "
                  + "VALUES (?, ?, ?, ?, ?, 1, ?)")
          .params(eventId, type, ts(created), ts(now), Outcome.PROCESSED.name(), payload)
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Reads and locks the event's row until the transaction ends. */
  Optional<Entry> lock(String eventId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM billing_event WHERE event_id = ? FOR UPDATE")
        .param(eventId)
        .query(JdbcStripeEvents::map)
        .optional();
  }

  Optional<Entry> find(String eventId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM billing_event WHERE event_id = ?")
        .param(eventId)
        .query(JdbcStripeEvents::map)
        .optional();
  }

  /** Writes what became of the event. */
  void complete(
      String eventId,
      Outcome outcome,
      int attempts,
      Long organisationId,
      String objectId,
      String detail,
      Instant now) {
    jdbc.sql(
            "UPDATE billing_event SET outcome = ?, attempts = ?, organisation_id = ?, object_id = ?, detail = ?, "
                + "processed_at = ? WHERE event_id = ?")
        .params(
            outcome.name(),
            attempts,
            organisationId,
            clip(objectId, 255),
            clip(detail, 1000),
            ts(now),
            eventId)
        .update();
  }

  /**
   * Records a failed handling after its transaction rolled back, as {@code FAILED} (to be tried
   * again) or {@code REJECTED} (never to be): a new row, or one more attempt on a failed one. A row
   * that another delivery has meanwhile handled stays as it is.
   */
  void recordFailure(
      String eventId,
      String type,
      Instant created,
      String payload,
      Outcome outcome,
      String error,
      Instant now) {
    if (insert(eventId, type, created, payload, now)) {
      jdbc.sql(
              "UPDATE billing_event SET outcome = ?, detail = ?, processed_at = ? WHERE event_id = ?")
          .params(outcome.name(), clip(error, 1000), ts(now), eventId)
          .update();
      return;
    }
    jdbc.sql(
            "UPDATE billing_event SET outcome = ?, attempts = attempts + 1, detail = ?, "
                + "processed_at = ? WHERE event_id = ? AND outcome = ?")
        .params(outcome.name(), clip(error, 1000), ts(now), eventId, Outcome.FAILED.name())
        .update();
  }

  Optional<String> payload(String eventId) {
    return jdbc.sql("SELECT payload FROM billing_event WHERE event_id = ?")
        .param(eventId)
        .query(String.class)
        .optional();
  }

  List<Entry> latest(int offset, int limit, Outcome outcome) {
    String where = outcome == null ? "" : " WHERE outcome = '" + outcome.name() + "'";
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM billing_event"
                + where
                + " ORDER BY received_at DESC, event_id DESC LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(JdbcStripeEvents::map)
        .list();
  }

  int count(Outcome outcome) {
    return outcome == null
        ? jdbc.sql("SELECT COUNT(*) FROM billing_event").query(Integer.class).single()
        : jdbc.sql("SELECT COUNT(*) FROM billing_event WHERE outcome = ?")
            .param(outcome.name())
            .query(Integer.class)
            .single();
  }

  /**
   * Failed events whose next attempt is due: the wait doubles with each attempt, up to six hours.
   */
  List<String> failedDue(Instant now, int maxAttempts) {
    return jdbc
        .sql(
            "SELECT event_id, attempts, processed_at FROM billing_event WHERE outcome = ? AND attempts < ? "
                + "ORDER BY received_at")
        .params(Outcome.FAILED.name(), maxAttempts)
        .query(
            (rs, n) -> {
              Timestamp last = rs.getTimestamp(3);
              long waitMinutes = Math.min(360, 1L << Math.min(rs.getInt(2), 20));
              boolean due =
                  last == null || !last.toInstant().plusSeconds(waitMinutes * 60).isAfter(now);
              return due ? rs.getString(1) : null;
            })
        .list()
        .stream()
        .filter(id -> id != null)
        .toList();
  }

  /** Records a notice by its key; false when it was sent before. */
  boolean noticeOnce(String key, long organisationId, Instant now) {
    try {
      jdbc.sql("INSERT INTO billing_notice (notice_key, organisation_id, sent_at) VALUES (?, ?, ?)")
          .params(clip(key, 255), organisationId, ts(now))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /**
   * Locks the organisation's row: every change an event makes for one organisation waits for the
   * others.
   */
  boolean lockOrganisation(long organisationId) {
    return jdbc.sql("SELECT id FROM organisation WHERE id = ? FOR UPDATE")
        .param(organisationId)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  private static Entry map(ResultSet rs, int row) throws SQLException {
    long org = rs.getLong("organisation_id");
    Long organisationId = rs.wasNull() ? null : org;
    return new Entry(
        rs.getString("event_id"),
        rs.getString("type"),
        instant(rs, "created_at"),
        instant(rs, "received_at"),
        instant(rs, "processed_at"),
        Outcome.valueOf(rs.getString("outcome")),
        rs.getInt("attempts"),
        organisationId,
        rs.getString("object_id"),
        rs.getString("detail"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
