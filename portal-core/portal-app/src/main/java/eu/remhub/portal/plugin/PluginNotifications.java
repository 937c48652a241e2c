package eu.remhub.portal.plugin;

import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.service.Notification;
import eu.remhub.portal.api.service.Notifications;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.mail.PersonNotifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail and in-portal notifications as plugins send them: mail goes to the outbox, {@link
 * Notifications#notify(PersonId, Notification)} into the person's list under the plugin's name.
 * Uninstalling a plugin with its data purged drops the notifications it sent.
 */
@Component
public class PluginNotifications {

  private final MailOutbox outbox;
  private final PersonNotifications notifications;

  public PluginNotifications(MailOutbox outbox, PersonNotifications notifications) {
    this.outbox = outbox;
    this.notifications = notifications;
  }

  /** The notifications of one plugin's context. */
  public Notifications of(String pluginId) {
    return new Notifications() {
      @Override
      public void mail(String to, String subject, String body) {
        outbox.mail(to, subject, body);
      }

      @Override
      public void notifyPerson(long personId, String subject, String body) {
        outbox.notifyPerson(personId, subject, body);
      }

      @Override
      public void notify(PersonId person, Notification notification) {
        notifications.notify(pluginId, person.value(), notification);
      }
    };
  }

  @EventListener
  void uninstalled(PluginUninstalled event) {
    if (event.purged()) {
      notifications.purge(event.pluginId());
    }
  }
}
