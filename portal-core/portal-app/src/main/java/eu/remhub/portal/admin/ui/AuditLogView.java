package eu.remhub.portal.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.AuditService.AuditEntry;
import eu.remhub.portal.base.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Staff read the audit log here, newest first, paged from the database. */
@Menu(title = "nav.audit", order = 910, icon = "vaadin:records")
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class AuditLogView extends Div implements HasDynamicTitle {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  public AuditLogView(AuditService audit) {
    addClassName("remhub-page");
    add(new H1(getTranslation("audit.title")));
    Grid<AuditEntry> grid = new Grid<>();
    grid.setId("audit-grid");
    grid.addColumn(e -> TIME.format(e.at()))
        .setHeader(getTranslation("audit.col.when"))
        .setAutoWidth(true);
    grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.col.who")).setAutoWidth(true);
    grid.addColumn(AuditEntry::action)
        .setHeader(getTranslation("audit.col.what"))
        .setAutoWidth(true);
    grid.addColumn(AuditEntry::target)
        .setHeader(getTranslation("audit.col.target"))
        .setAutoWidth(true);
    grid.addColumn(e -> e.pluginId() == null ? "" : e.pluginId())
        .setHeader(getTranslation("audit.col.plugin"))
        .setAutoWidth(true);
    grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
    grid.setItems(
        query -> audit.latest(query.getOffset(), query.getLimit()).stream(),
        query -> audit.count());
    grid.setHeight("70vh");
    add(grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.title") + " · REMHub";
  }
}
