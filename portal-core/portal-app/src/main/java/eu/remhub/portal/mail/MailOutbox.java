package eu.remhub.portal.mail;

import eu.remhub.portal.api.service.Notifications;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Outgoing mail. Every message is written to the {@code mail_outbox} table first, in the caller's
 * transaction; staff read it in Administration → Mail outbox. Without SMTP configured that is all
 * (status OUTBOX). With {@code spring.mail.host} set, a message is delivered once its transaction
 * has committed and marked SENT, or FAILED with the error; failed messages are tried again for a
 * while. No message is ever dropped.
 */
@Service
public class MailOutbox implements Notifications {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  /** One message. */
  public record Message(long id, Instant createdAt, String recipient, String subject, String body, String status, String error) {}

  private final JdbcClient jdbc;
  private final MailAddresses addresses;
  private final Clock clock;
  private final Optional<JavaMailSender> smtp;
  private final MailSettings settings;

  public MailOutbox(JdbcClient jdbc, MailAddresses addresses, Clock clock, Optional<JavaMailSender> smtp, MailSettings settings) {
    this.jdbc = jdbc;
    this.addresses = addresses;
    this.clock = clock;
    this.smtp = smtp;
    this.settings = settings;
  }

  @Override
  public void mail(String to, String subject, String body) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO mail_outbox (created_at, recipient, subject, body, status) VALUES (?, ?, ?, ?, 'OUTBOX')")
        .params(Timestamp.from(clock.instant()), to, subject, body)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    if (smtp.isEmpty()) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          deliver(id);
        }
      });
    } else {
      deliver(id);
    }
  }

  @Override
  public void notifyPerson(long personId, String subject, String body) {
    addresses.addressOf(personId).ifPresent(address -> mail(address, subject, body));
  }

  /** Whether mail leaves the portal over SMTP. */
  public boolean smtpConfigured() {
    return smtp.isPresent();
  }

  /**
   * Delivers one stored message over SMTP, if it still waits. The status is claimed first, so that
   * two nodes (or the retry job and a fresh send) never send one message twice. Returns whether it
   * went out.
   */
  public boolean deliver(long id) {
    if (smtp.isEmpty()) {
      return false;
    }
    int claimed = jdbc.sql("UPDATE mail_outbox SET status = 'SENDING' WHERE id = ? AND status IN ('OUTBOX', 'FAILED')").param(id).update();
    if (claimed == 0) {
      return false;
    }
    Message m = find(id).orElseThrow();
    try {
      MimeMessage mime = smtp.get().createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
      helper.setFrom(settings.from());
      helper.setTo(m.recipient());
      helper.setSubject(m.subject());
      helper.setText(m.body(), false);
      smtp.get().send(mime);
      jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, error = NULL WHERE id = ?")
          .params(Timestamp.from(clock.instant()), id).update();
      return true;
    } catch (Exception e) {
      log.warn("mail {} to {} not delivered: {}", id, m.recipient(), e.toString());
      jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', error = ? WHERE id = ?").params(e.toString(), id).update();
      return false;
    }
  }

  /** Tries again what could not be delivered lately (only with SMTP configured). */
  @Scheduled(fixedDelayString = "${portal.mail.retry-every:PT1M}", initialDelayString = "${portal.mail.retry-every:PT1M}")
  public void retryFailed() {
    if (smtp.isEmpty()) {
      return;
    }
    Instant since = clock.instant().minus(settings.retryWithin());
    jdbc.sql("SELECT id FROM mail_outbox WHERE status IN ('OUTBOX', 'FAILED') AND created_at > ? ORDER BY id LIMIT 50")
        .param(Timestamp.from(since)).query(Long.class).list().forEach(this::deliver);
  }

  public Optional<Message> find(long id) {
    return jdbc.sql("SELECT id, created_at, recipient, subject, body, status, error FROM mail_outbox WHERE id = ?")
        .param(id).query(MailOutbox::message).optional();
  }

  /** The newest messages first. */
  public List<Message> latest(int offset, int limit) {
    return jdbc.sql("SELECT id, created_at, recipient, subject, body, status, error FROM mail_outbox ORDER BY id DESC LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(MailOutbox::message)
        .list();
  }

  /** The newest messages to one address first. */
  public List<Message> to(String recipient, int limit) {
    return jdbc.sql("SELECT id, created_at, recipient, subject, body, status, error FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT ?")
        .params(recipient, limit)
        .query(MailOutbox::message)
        .list();
  }

  /** Replaces a person's address and the text of mail sent to it (erasure). */
  public void anonymiseRecipient(String recipient, String replacement) {
    jdbc.sql("UPDATE mail_outbox SET recipient = ?, subject = '(erased)', body = '(erased)' WHERE recipient = ?")
        .params(replacement, recipient).update();
  }

  /** Replaces a text (an erased person's name) in every stored subject and body. */
  public void redact(String text, String replacement) {
    jdbc.sql("UPDATE mail_outbox SET subject = REPLACE(subject, ?, ?), body = REPLACE(body, ?, ?) WHERE subject LIKE ? OR body LIKE ?")
        .params(text, replacement, text, replacement, "%" + text + "%", "%" + text + "%")
        .update();
  }

  private static Message message(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Message(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7));
  }
}
