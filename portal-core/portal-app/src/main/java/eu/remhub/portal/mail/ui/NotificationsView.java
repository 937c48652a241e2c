package eu.remhub.portal.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.mail.PersonNotifications;
import eu.remhub.portal.mail.PersonNotifications.Item;
import eu.remhub.portal.security.CurrentPerson;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A person's notifications, newest first: each with its text and time, a link to the page it is
 * about (which also marks it read) and a button to mark it read.
 */
@Route(value = "notifications", layout = MainLayout.class)
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle {

  static final int SHOWN = 100;

  private final transient PersonNotifications notifications;
  private final long personId;
  private final Div list = new Div();

  public NotificationsView(PersonNotifications notifications, CurrentPerson currentPerson) {
    this.notifications = notifications;
    this.personId = currentPerson.get().map(u -> u.personId()).orElse(0L);
    addClassName("remhub-page");
    Button allRead =
        new Button(
            getTranslation("notifications.all-read"),
            e -> {
              notifications.markAllRead(personId);
              refresh();
            });
    allRead.setId("notifications-all-read");
    allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    list.setId("notifications-list");
    add(new H1(getTranslation("notifications.title")), allRead, list);
    refresh();
  }

  private void refresh() {
    list.removeAll();
    var items = notifications.latest(personId, SHOWN);
    if (items.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("notifications.none"));
      none.setId("notifications-none");
      list.add(none);
    }
    items.forEach(item -> list.add(row(item)));
  }

  private Component row(Item item) {
    Div row = new Div();
    row.setId("notification-" + item.id());
    row.addClassName(item.unread() ? "remhub-notification-unread" : "remhub-notification-read");
    row.getStyle()
        .set("padding", "var(--lumo-space-s, 0.5rem) 0")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct, #ddd)");
    Span title = new Span(item.title());
    title.getStyle().set("font-weight", item.unread() ? "600" : "400");
    Span when =
        new Span(
            " · "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault())
                    .format(item.createdAt()));
    when.addClassName("remhub-hint");
    row.add(new Div(title, when));
    if (!item.body().isEmpty()) {
      row.add(new Paragraph(item.body()));
    }
    Div actions = new Div();
    if (!item.link().isEmpty()) {
      Button open =
          new Button(
              getTranslation("notifications.open"),
              e -> {
                notifications.markRead(personId, item.id());
                UI.getCurrent().navigate(item.link());
              });
      open.setId("notification-open-" + item.id());
      open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
      actions.add(open);
    }
    if (item.unread()) {
      Button read =
          new Button(
              getTranslation("notifications.mark-read"),
              e -> {
                notifications.markRead(personId, item.id());
                refresh();
              });
      read.setId("notification-read-" + item.id());
      read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      actions.add(read);
    }
    row.add(actions);
    return row;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notifications.title") + " · REMHub";
  }
}
