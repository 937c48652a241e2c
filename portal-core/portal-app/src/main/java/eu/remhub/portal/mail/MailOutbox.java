package eu.remhub.portal.mail;

import eu.remhub.portal.api.service.Notifications;
import eu.remhub.portal.mail.internal.JdbcMailOutbox;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  public record Message(
      long id,
      Instant createdAt,
      String recipient,
      String subject,
      String body,
      String status,
      String error) {}

  private final JdbcMailOutbox store;
  private final MailAddresses addresses;
  private final Clock clock;
  private final Optional<JavaMailSender> smtp;
  private final MailSettings settings;

  public MailOutbox(
      JdbcMailOutbox store,
      MailAddresses addresses,
      Clock clock,
      Optional<JavaMailSender> smtp,
      MailSettings settings) {
    this.store = store;
    this.addresses = addresses;
    this.clock = clock;
    this.smtp = smtp;
    this.settings = settings;
  }

  @Override
  public void mail(String to, String subject, String body) {
    long id = store.insert(clock.instant(), to, subject, body);
    if (smtp.isEmpty()) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
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
    if (!store.claim(id)) {
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
      store.markSent(id, clock.instant());
      return true;
    } catch (Exception e) {
      log.warn("mail {} to {} not delivered: {}", id, m.recipient(), e.toString());
      store.markFailed(id, e.toString());
      return false;
    }
  }

  /** Tries again what could not be delivered lately (only with SMTP configured). */
  @Scheduled(
      fixedDelayString = "${portal.mail.retry-every:PT1M}",
      initialDelayString = "${portal.mail.retry-every:PT1M}")
  public void retryFailed() {
    if (smtp.isEmpty()) {
      return;
    }
    Instant since = clock.instant().minus(settings.retryWithin());
    store.undeliveredSince(since).forEach(this::deliver);
  }

  public Optional<Message> find(long id) {
    return store.find(id);
  }

  /** The newest messages first. */
  public List<Message> latest(int offset, int limit) {
    return store.latest(offset, limit);
  }

  /** The newest messages to one address first. */
  public List<Message> to(String recipient, int limit) {
    return store.to(recipient, limit);
  }

  /** Replaces a person's address and the text of mail sent to it (erasure). */
  public void anonymiseRecipient(String recipient, String replacement) {
    store.anonymiseRecipient(recipient, replacement);
  }

  /** Replaces a text (an erased person's name) in every stored subject and body. */
  public void redact(String text, String replacement) {
    store.redact(text, replacement);
  }
}
