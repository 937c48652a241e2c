package eu.remhub.portal.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.mail.MailOutbox.Message;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Staff read outgoing mail here; without SMTP configured this is where all mail stays. */
@Menu(title = "nav.mail", order = 920, icon = "vaadin:envelopes")
@Route(value = "admin/mail", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class MailOutboxView extends Div implements HasDynamicTitle {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  public MailOutboxView(MailOutbox outbox) {
    addClassName("remhub-page");
    add(new H1(getTranslation("mail.title")), new Paragraph(getTranslation("mail.intro")));
    Grid<Message> grid = new Grid<>();
    grid.setId("mail-grid");
    grid.addColumn(m -> TIME.format(m.createdAt()))
        .setHeader(getTranslation("mail.col.when"))
        .setAutoWidth(true);
    grid.addColumn(Message::recipient).setHeader(getTranslation("mail.col.to")).setAutoWidth(true);
    grid.addColumn(Message::subject).setHeader(getTranslation("mail.col.subject")).setFlexGrow(1);
    grid.addColumn(Message::status).setHeader(getTranslation("mail.col.status")).setAutoWidth(true);
    grid.setItemDetailsRenderer(
        new ComponentRenderer<>(
            m -> new Pre(m.error() == null ? m.body() : m.body() + "\n\n" + m.error())));
    grid.setItems(query -> outbox.latest(query.getOffset(), query.getLimit()).stream());
    grid.setHeight("70vh");
    add(grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("mail.title") + " · REMHub";
  }
}
