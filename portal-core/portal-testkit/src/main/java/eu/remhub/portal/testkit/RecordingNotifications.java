package eu.remhub.portal.testkit;

import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.service.Notification;
import eu.remhub.portal.api.service.Notifications;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * {@link Notifications} that keeps every mail instead of sending it and, since 1.1.0, every
 * notification put in a person's list. As in the portal, a notification to a person the context
 * does not know (not added to {@link TestPluginContext#people()}, erased, and not the person signed
 * in) is dropped, and one that asks for mail is also kept as a mail to the person. Thread-safe.
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

  /**
   * One notification a plugin put in a person's list.
   *
   * @param person the person
   * @param notification what they were told
   * @since 1.1.0
   */
  public record Notice(PersonId person, Notification notification) {}

  private final List<Mail> sent = new CopyOnWriteArrayList<>();
  private final List<Notice> notices = new CopyOnWriteArrayList<>();
  private final Predicate<PersonId> knownPerson;

  RecordingNotifications() {
    this(person -> true);
  }

  RecordingNotifications(Predicate<PersonId> knownPerson) {
    this.knownPerson = knownPerson;
  }

  @Override
  public void mail(String to, String subject, String body) {
    sent.add(new Mail(to, 0, subject, body));
  }

  @Override
  public void notifyPerson(long personId, String subject, String body) {
    sent.add(new Mail("", personId, subject, body));
  }

  /**
   * {@inheritDoc}
   *
   * @since 1.1.0
   */
  @Override
  public void notify(PersonId person, Notification notification) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(notification, "notification");
    if (!knownPerson.test(person)) {
      return;
    }
    notices.add(new Notice(person, notification));
    if (notification.mail()) {
      notifyPerson(person.value(), notification.title(), notification.body());
    }
  }

  /**
   * Every mail sent so far, in order.
   *
   * @return the mails
   */
  public List<Mail> sent() {
    return List.copyOf(sent);
  }

  /**
   * Every notification so far, in order.
   *
   * @return the notifications with their person
   * @since 1.1.0
   */
  public List<Notice> notices() {
    return List.copyOf(notices);
  }

  /**
   * The notifications one person got, in order.
   *
   * @param person the person
   * @return their notifications
   * @since 1.1.0
   */
  public List<Notification> notificationsOf(PersonId person) {
    return notices.stream()
        .filter(n -> n.person().equals(person))
        .map(Notice::notification)
        .toList();
  }
}
