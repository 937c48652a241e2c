package eu.remhub.portal.mail.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import eu.remhub.portal.base.ui.HeaderContribution;
import eu.remhub.portal.mail.PersonNotifications;
import eu.remhub.portal.security.CurrentPerson;

/**
 * The bell in the header: the number of unread notifications, kept up to date while the tab is
 * open; a click opens the list. Visitors see nothing.
 */
class NotificationBell extends HorizontalLayout {

  private final transient PersonNotifications notifications;
  private final long personId;
  private final Button bell = new Button(VaadinIcon.BELL.create());
  private final Span count = new Span();
  private transient Runnable unsubscribe;

  NotificationBell(PersonNotifications notifications, CurrentPerson currentPerson) {
    this.notifications = notifications;
    this.personId = currentPerson.get().map(u -> u.personId()).orElse(0L);
    addClassName(HeaderContribution.COMPACT);
    setId("notification-bell");
    setPadding(false);
    setSpacing(false);
    setAlignItems(Alignment.CENTER);
    setVisible(personId > 0);
    bell.setId("notification-bell-button");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    bell.addClickListener(e -> UI.getCurrent().navigate(NotificationsView.class));
    count.setId("notification-count");
    count
        .getStyle()
        .set("background", "var(--lumo-error-color, #c62828)")
        .set("color", "white")
        .set("border-radius", "1em")
        .set("padding", "0 0.45em")
        .set("font-size", "var(--lumo-font-size-xs, 0.75rem)")
        .set("margin-inline-start", "-0.6em");
    add(bell, count);
    refresh();
  }

  /** Shows the unread count now. */
  void refresh() {
    if (personId <= 0) {
      return;
    }
    int unread = notifications.unreadCount(personId);
    count.setText(unread > 99 ? "99+" : Integer.toString(unread));
    count.setVisible(unread > 0);
    String label = getTranslation("notifications.bell", unread);
    bell.setAriaLabel(label);
    bell.setTooltipText(label);
  }

  /** The unread count as shown; empty when none is shown. */
  String shownCount() {
    return count.isVisible() ? count.getText() : "";
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
    UI ui = event.getUI();
    unsubscribe =
        notifications.onChange(
            changed -> {
              if (changed == personId) {
                ui.access(this::refresh);
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (unsubscribe != null) {
      unsubscribe.run();
      unsubscribe = null;
    }
  }
}
