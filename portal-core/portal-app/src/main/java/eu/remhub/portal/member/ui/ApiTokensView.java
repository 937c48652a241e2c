package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.ApiTokenService;
import eu.remhub.portal.member.ApiTokenService.ApiToken;
import eu.remhub.portal.security.CurrentPerson;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Organisation admins manage their organisation's API tokens here: create one (its secret is shown
 * once), see when each was last used, revoke.
 */
@Menu(title = "nav.tokens", order = 800, icon = "vaadin:key")
@Route(value = "organisation/api-tokens", layout = MainLayout.class)
@RolesAllowed(Roles.ORG_ADMIN)
public class ApiTokensView extends Div implements HasDynamicTitle {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final transient ApiTokenService tokens;
  private final long organisationId;
  private final Grid<ApiToken> grid = new Grid<>();

  public ApiTokensView(ApiTokenService tokens, CurrentPerson currentPerson) {
    this.tokens = tokens;
    this.organisationId = currentPerson.get().map(u -> u.organisationId()).orElse(0L);
    addClassName("remhub-page");
    add(new H1(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")));

    TextField name = new TextField(getTranslation("tokens.name"));
    name.setId("token-name");
    name.setMaxLength(100);
    name.setPlaceholder(getTranslation("tokens.name.placeholder"));
    Button create =
        new Button(
            getTranslation("tokens.create"),
            e -> {
              try {
                String secret = tokens.create(organisationId, name.getValue());
                name.clear();
                name.setInvalid(false);
                showSecret(secret);
                refresh();
              } catch (IllegalArgumentException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
              }
            });
    create.setId("token-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(name, create);
    form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    add(form);

    grid.setId("token-grid");
    grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.col.name"));
    grid.addColumn(ApiToken::hint).setHeader(getTranslation("tokens.col.hint")).setAutoWidth(true);
    grid.addColumn(t -> TIME.format(t.createdAt()) + " · " + t.createdBy())
        .setHeader(getTranslation("tokens.col.created"));
    grid.addColumn(t -> t.lastUsedAt() == null ? "—" : TIME.format(t.lastUsedAt()))
        .setHeader(getTranslation("tokens.col.used"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            t -> {
              if (!t.active()) {
                return new Div(getTranslation("tokens.revoked", TIME.format(t.revokedAt())));
              }
              Button revoke =
                  new Button(
                      getTranslation("tokens.revoke"),
                      e -> {
                        tokens.revoke(organisationId, t.id());
                        refresh();
                      });
              revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
              return revoke;
            })
        .setHeader("")
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(grid);
    refresh();
  }

  private void showSecret(String secret) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("tokens.secret.title"));
    TextField value = new TextField();
    value.setValue(secret);
    value.setReadOnly(true);
    value.setWidthFull();
    value.setId("token-secret");
    dialog.add(new Paragraph(getTranslation("tokens.secret.text")), value);
    dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
    dialog.setWidth("36rem");
    dialog.open();
  }

  private void refresh() {
    grid.setItems(tokens.list(organisationId));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tokens.title") + " · REMHub";
  }
}
