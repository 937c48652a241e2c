package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.OrganisationProfile;
import eu.remhub.portal.member.OrganisationService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Staff decide on new organisations: approve, or reject with a reason that is mailed to the
 * applicant.
 */
@Menu(title = "nav.approvals", order = 880, icon = "vaadin:check-square-o")
@Route(value = "admin/organisations", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class ApprovalsView extends Div implements HasDynamicTitle {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final transient OrganisationService organisations;
  private final Select<String> status = new Select<>();
  private final Grid<OrganisationProfile> grid = new Grid<>();

  public ApprovalsView(OrganisationService organisations) {
    this.organisations = organisations;
    addClassName("remhub-page");
    status.setLabel(getTranslation("approvals.status"));
    status.setItems(
        OrganisationProfile.PENDING, OrganisationProfile.REJECTED, OrganisationProfile.APPROVED);
    status.setItemLabelGenerator(s -> getTranslation("status." + s.toLowerCase(Locale.ROOT)));
    status.setValue(OrganisationProfile.PENDING);
    status.setId("approvals-status");
    status.addValueChangeListener(e -> refresh());
    grid.setId("approvals-grid");
    grid.addComponentColumn(o -> new Anchor("organisations/" + o.id(), o.shortName()))
        .setHeader(getTranslation("approvals.col.name"))
        .setAutoWidth(true);
    grid.addColumn(OrganisationProfile::legalName).setAutoWidth(true);
    grid.addColumn(o -> Choices.countryName(o.country(), getLocale()))
        .setHeader(getTranslation("approvals.col.country"))
        .setAutoWidth(true);
    grid.addColumn(o -> DAY.format(o.createdAt()))
        .setHeader(getTranslation("approvals.col.registered"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::actions)
        .setHeader(getTranslation("approvals.col.actions"))
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(new H1(getTranslation("approvals.title")), status, grid);
    refresh();
  }

  private HorizontalLayout actions(OrganisationProfile o) {
    HorizontalLayout actions = new HorizontalLayout();
    if (o.approved()) {
      return actions;
    }
    Button approve =
        new Button(
            getTranslation("approvals.approve"),
            e -> {
              organisations.approve(o.id());
              FieldErrors.success(getTranslation("approvals.approved", o.shortName()));
              refresh();
            });
    approve.setId("approve-" + o.id());
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
    actions.add(approve);
    if (OrganisationProfile.PENDING.equals(o.status())) {
      Button reject = new Button(getTranslation("approvals.reject"), e -> rejectDialog(o));
      reject.setId("reject-" + o.id());
      reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
      actions.add(reject);
    }
    return actions;
  }

  private void rejectDialog(OrganisationProfile o) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("approvals.reject.title", o.shortName()));
    TextArea reason = new TextArea(getTranslation("approvals.reject.reason"));
    reason.setId("reject-reason");
    reason.setWidthFull();
    reason.setMaxLength(2000);
    FieldErrors errors = new FieldErrors(this).bind("reason", reason);
    Button confirm =
        new Button(
            getTranslation("approvals.reject"),
            e -> {
              try {
                organisations.reject(o.id(), reason.getValue());
                dialog.close();
                FieldErrors.success(getTranslation("approvals.rejected", o.shortName()));
                refresh();
              } catch (InvalidInputException ex) {
                errors.show(ex);
              }
            });
    confirm.setId("reject-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.add(reason);
    dialog
        .getFooter()
        .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
    dialog.setWidth("36rem");
    dialog.open();
  }

  private void refresh() {
    grid.setItems(organisations.withStatus(status.getValue()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("approvals.title") + " · REMHub";
  }
}
