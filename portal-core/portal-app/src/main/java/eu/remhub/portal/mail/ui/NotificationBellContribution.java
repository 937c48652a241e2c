package eu.remhub.portal.mail.ui;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.base.ui.HeaderContribution;
import eu.remhub.portal.mail.PersonNotifications;
import eu.remhub.portal.security.CurrentPerson;
import org.springframework.core.annotation.Order;

/** Puts the notification bell into the header, after the search box. */
@org.springframework.stereotype.Component
@Order(100)
class NotificationBellContribution implements HeaderContribution {

  private final PersonNotifications notifications;
  private final CurrentPerson currentPerson;

  NotificationBellContribution(PersonNotifications notifications, CurrentPerson currentPerson) {
    this.notifications = notifications;
    this.currentPerson = currentPerson;
  }

  @Override
  public Component create() {
    return new NotificationBell(notifications, currentPerson);
  }
}
