package eu.remhub.portal.mail.internal;

import eu.remhub.portal.mail.MailOutbox.Message;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
public class JdbcMailOutbox {

  private static final String COLUMNS =
      "SELECT id, created_at, recipient, subject, body, status, error FROM mail_outbox";

  private final JdbcClient jdbc;

  public JdbcMailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a message waiting in the outbox; answers its id. */
  public long insert(Instant at, String to, String subject, String body) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO mail_outbox (created_at, recipient, subject, body, status) VALUES (?, ?, ?, ?, 'OUTBOX')")
        .params(Timestamp.from(at), to, subject, body)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * Claims a waiting or failed message for sending; false when another sender has it or it went.
   */
  public boolean claim(long id) {
    return jdbc.sql(
                "UPDATE mail_outbox SET status = 'SENDING' WHERE id = ? AND status IN ('OUTBOX', 'FAILED')")
            .param(id)
            .update()
        > 0;
  }

  public void markSent(long id, Instant at) {
    jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, error = NULL WHERE id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  public void markFailed(long id, String error) {
    jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', error = ? WHERE id = ?")
        .params(error, id)
        .update();
  }

  /** Ids of undelivered messages written after a time, oldest first, at most 50. */
  public List<Long> undeliveredSince(Instant since) {
    return jdbc.sql(
            "SELECT id FROM mail_outbox WHERE status IN ('OUTBOX', 'FAILED') AND created_at > ? ORDER BY id LIMIT 50")
        .param(Timestamp.from(since))
        .query(Long.class)
        .list();
  }

  public Optional<Message> find(long id) {
    return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(JdbcMailOutbox::message).optional();
  }

  public List<Message> latest(int offset, int limit) {
    return jdbc.sql(COLUMNS + " ORDER BY id DESC LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(JdbcMailOutbox::message)
        .list();
  }

  public List<Message> to(String recipient, int limit) {
    return jdbc.sql(COLUMNS + " WHERE recipient = ? ORDER BY id DESC LIMIT ?")
        .params(recipient, limit)
        .query(JdbcMailOutbox::message)
        .list();
  }

  public void anonymiseRecipient(String recipient, String replacement) {
    jdbc.sql(
            "UPDATE mail_outbox SET recipient = ?, subject = '(erased)', body = '(erased)' WHERE recipient = ?")
        .params(replacement, recipient)
        .update();
  }

  public void redact(String text, String replacement) {
    jdbc.sql(
            "UPDATE mail_outbox SET subject = REPLACE(subject, ?, ?), body = REPLACE(body, ?, ?) WHERE subject LIKE ? OR body LIKE ?")
        .params(text, replacement, text, replacement, "%" + text + "%", "%" + text + "%")
        .update();
  }

  private static Message message(ResultSet rs, int n) throws SQLException {
    return new Message(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7));
  }
}
