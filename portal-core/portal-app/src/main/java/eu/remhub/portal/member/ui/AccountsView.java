package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.AccountService;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.member.PrivacyService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** Staff find accounts and, on request, disable or enable them, export their data or erase them. */
@Menu(title = "nav.accounts", order = 890, icon = "vaadin:user-card")
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class AccountsView extends Div implements HasDynamicTitle {

  private final transient AccountService accounts;
  private final transient PrivacyService privacy;
  private final TextField search = new TextField();
  private final Grid<Person> grid = new Grid<>();

  public AccountsView(AccountService accounts, PrivacyService privacy) {
    this.accounts = accounts;
    this.privacy = privacy;
    addClassName("remhub-page");
    search.setLabel(getTranslation("accounts.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setClearButtonVisible(true);
    search.setId("accounts-search");
    search.addValueChangeListener(e -> refresh());
    grid.setId("accounts-grid");
    grid.addColumn(Person::email)
        .setHeader(getTranslation("accounts.col.email"))
        .setAutoWidth(true);
    grid.addColumn(Person::displayName)
        .setHeader(getTranslation("accounts.col.name"))
        .setAutoWidth(true);
    grid.addColumn(p -> p.organisationId() > 0 ? Long.toString(p.organisationId()) : "")
        .setHeader(getTranslation("accounts.col.organisation"));
    grid.addColumn(
            p ->
                getTranslation(
                    p.enabled() ? "accounts.status.enabled" : "accounts.status.disabled"))
        .setHeader(getTranslation("accounts.col.status"));
    grid.addComponentColumn(this::actions)
        .setHeader(getTranslation("accounts.col.actions"))
        .setAutoWidth(true);
    grid.setHeight("60vh");
    add(new H1(getTranslation("accounts.title")), search, grid);
    refresh();
  }

  private HorizontalLayout actions(Person p) {
    Button toggle =
        new Button(
            getTranslation(p.enabled() ? "accounts.disable" : "accounts.enable"),
            e -> {
              accounts.setEnabled(p.id(), !p.enabled());
              refresh();
            });
    toggle.setId("toggle-" + p.id());
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Anchor export =
        new Anchor(
            DownloadHandler.fromInputStream(
                ev -> {
                  byte[] json = privacy.exportJson(p.id());
                  return new DownloadResponse(
                      new ByteArrayInputStream(json),
                      "remhub-personal-data-" + p.id() + ".json",
                      "application/json",
                      json.length);
                }),
            AttachmentType.DOWNLOAD,
            getTranslation("accounts.export"));
    Button erase =
        new Button(
            getTranslation("accounts.erase"),
            e -> {
              ConfirmDialog confirm = new ConfirmDialog();
              confirm.setHeader(getTranslation("accounts.erase"));
              confirm.setText(getTranslation("accounts.erase.confirm", p.email()));
              confirm.setCancelable(true);
              confirm.setCancelText(getTranslation("common.cancel"));
              confirm.setConfirmText(getTranslation("accounts.erase"));
              confirm.addConfirmListener(
                  c -> {
                    privacy.erase(p.id());
                    FieldErrors.success(getTranslation("accounts.erased"));
                    refresh();
                  });
              confirm.open();
            });
    erase.setId("erase-" + p.id());
    erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    HorizontalLayout actions = new HorizontalLayout(toggle, export, erase);
    actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    return actions;
  }

  private void refresh() {
    grid.setItems(q -> accounts.search(search.getValue(), q.getOffset(), q.getLimit()).stream());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("accounts.title") + " · REMHub";
  }
}
