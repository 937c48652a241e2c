package eu.remhub.portal.mail;

import eu.remhub.portal.api.service.Notifications;
import eu.remhub.portal.member.MemberRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Outgoing mail. Every message is written to the {@code mail_outbox} table first; staff read it in
 * Administration → Mail outbox, which is all the embedded default does.
 */
@Service
public class MailOutbox implements Notifications {

  /** One message. */
  public record Message(long id, Instant createdAt, String recipient, String subject, String body, String status) {}

  private final JdbcClient jdbc;
  private final MemberRepository members;
  private final Clock clock;

  public MailOutbox(JdbcClient jdbc, MemberRepository members, Clock clock) {
    this.jdbc = jdbc;
    this.members = members;
    this.clock = clock;
  }

  @Override
  public void mail(String to, String subject, String body) {
    jdbc.sql("INSERT INTO mail_outbox (created_at, recipient, subject, body, status) VALUES (?, ?, ?, ?, 'OUTBOX')")
        .params(Timestamp.from(clock.instant()), to, subject, body)
        .update();
  }

  @Override
  public void notifyPerson(long personId, String subject, String body) {
    members.findPerson(personId).ifPresent(p -> mail(p.email(), subject, body));
  }

  /** The newest messages first. */
  public List<Message> latest(int offset, int limit) {
    return jdbc.sql("SELECT id, created_at, recipient, subject, body, status FROM mail_outbox ORDER BY id DESC LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query((rs, n) -> new Message(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
        .list();
  }
}
