package eu.remhub.portal.api.service;

/**
 * Mail to people. Messages go out over SMTP when the portal has it configured, otherwise into the
 * outbox that staff read in the portal. Sending never throws for delivery problems; they are
 * recorded with the message.
 *
 * @since 1.0.0
 */
public interface Notifications {

  /**
   * Sends a plain-text mail to an address.
   *
   * @param to the recipient's address
   * @param subject the subject
   * @param body the text
   */
  void mail(String to, String subject, String body);

  /**
   * Sends a plain-text mail to a person of the portal, at their current address.
   *
   * @param personId the person
   * @param subject the subject
   * @param body the text
   */
  void notifyPerson(long personId, String subject, String body);

  /**
   * Puts a notification in a person's list in the portal and, when it asks for it, mails it to
   * them. Nothing happens for a person who does not exist or has been erased.
   *
   * @param person the person
   * @param notification what to tell them
   * @since 1.1.0
   */
  default void notify(eu.remhub.portal.api.PersonId person, Notification notification) {
    if (notification.mail()) {
      notifyPerson(person.value(), notification.title(), notification.body());
    }
  }
}
