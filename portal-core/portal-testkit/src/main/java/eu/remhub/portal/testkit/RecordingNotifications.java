package eu.remhub.portal.testkit;

import eu.remhub.portal.api.service.Notifications;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link Notifications} that keeps every mail instead of sending it. Thread-safe.
 *
 * @since 1.0.0
 */
public final class RecordingNotifications implements Notifications {

  /**
   * One mail a plugin sent.
   *
   * @param to the address, for {@link Notifications#mail}; empty for a mail to a person
   * @param personId the person, for {@link Notifications#notifyPerson}; {@code 0} for a mail to an
   *     address
   * @param subject the subject
   * @param body the text
   * @since 1.0.0
   */
  public record Mail(String to, long personId, String subject, String body) {}

  private final List<Mail> sent = new CopyOnWriteArrayList<>();

  RecordingNotifications() {}

  @Override
  public void mail(String to, String subject, String body) {
    sent.add(new Mail(to, 0, subject, body));
  }

  @Override
  public void notifyPerson(long personId, String subject, String body) {
    sent.add(new Mail("", personId, subject, body));
  }

  /**
   * Every mail sent so far, in order.
   *
   * @return the mails
   */
  public List<Mail> sent() {
    return List.copyOf(sent);
  }
}
