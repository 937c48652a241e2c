package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.PeopleService;
import eu.remhub.portal.member.PeopleService.Invitation;
import eu.remhub.portal.member.PeopleService.Member;
import eu.remhub.portal.security.CurrentPerson;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Organisation admins manage their organisation's people: invite, remove, promote and demote
 * admins.
 */
@Menu(title = "people.title", order = 710, icon = "vaadin:users")
@Route(value = "organisation/people", layout = MainLayout.class)
@RolesAllowed(Roles.ORG_ADMIN)
public class PeopleView extends Div implements HasDynamicTitle {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private final transient PeopleService people;
  private final Paragraph seats = new Paragraph();
  private final long organisationId;
  private final Grid<Member> grid = new Grid<>();
  private final Grid<Invitation> invitations = new Grid<>();

  public PeopleView(PeopleService people, CurrentPerson currentPerson) {
    this.people = people;
    this.organisationId = currentPerson.get().map(u -> u.organisationId()).orElse(0L);
    addClassName("remhub-page");
    add(new H1(getTranslation("people.title")));

    grid.setId("people-grid");
    grid.addColumn(Member::displayName)
        .setHeader(getTranslation("people.col.name"))
        .setAutoWidth(true);
    grid.addColumn(Member::email).setHeader(getTranslation("people.col.email")).setAutoWidth(true);
    grid.addColumn(m -> getTranslation(m.admin() ? "people.role.admin" : "people.role.member"))
        .setHeader(getTranslation("people.col.role"));
    grid.addColumn(
            m ->
                getTranslation(
                    !m.enabled()
                        ? "people.status.disabled"
                        : m.verified() ? "people.status.active" : "people.status.unverified"))
        .setHeader(getTranslation("people.col.status"));
    grid.addComponentColumn(this::actions).setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(grid);

    add(new H2(getTranslation("people.invite.title")));
    seats.setId("people-seats");
    add(seats);
    EmailField email = new EmailField(getTranslation("people.invite.email"));
    email.setId("invite-email");
    Checkbox asAdmin = new Checkbox(getTranslation("people.invite.admin"));
    asAdmin.setId("invite-admin");
    FieldErrors errors = new FieldErrors(this).bind("email", email);
    Button invite =
        new Button(
            getTranslation("people.invite.submit"),
            e -> {
              try {
                errors.clear();
                people.invite(organisationId, email.getValue(), asAdmin.getValue());
                FieldErrors.success(getTranslation("people.invite.sent", email.getValue()));
                email.clear();
                asAdmin.clear();
                refresh();
              } catch (InvalidInputException ex) {
                errors.show(ex);
              }
            });
    invite.setId("invite-submit");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(email, asAdmin, invite);
    form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    add(form);

    add(new H2(getTranslation("people.invitations")));
    invitations.setId("invitations-grid");
    invitations
        .addColumn(Invitation::email)
        .setHeader(getTranslation("people.col.email"))
        .setAutoWidth(true);
    invitations
        .addColumn(i -> getTranslation(i.asAdmin() ? "people.role.admin" : "people.role.member"))
        .setHeader(getTranslation("people.col.role"));
    invitations
        .addColumn(i -> DAY.format(i.expiresAt()))
        .setHeader(getTranslation("people.invitations.expires"));
    invitations.addComponentColumn(
        i ->
            small(
                getTranslation("people.invitations.revoke"),
                () -> people.revokeInvitation(organisationId, i.id())));
    invitations.setAllRowsVisible(true);
    add(invitations);
    refresh();
  }

  private HorizontalLayout actions(Member m) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.add(
        m.admin()
            ? small(
                getTranslation("people.demote"), () -> people.demote(organisationId, m.personId()))
            : small(
                getTranslation("people.promote"),
                () -> people.promote(organisationId, m.personId())));
    Button remove =
        new Button(
            getTranslation("people.remove"),
            e -> {
              ConfirmDialog confirm = new ConfirmDialog();
              confirm.setHeader(getTranslation("people.remove"));
              confirm.setText(getTranslation("people.remove.confirm", m.displayName()));
              confirm.setCancelable(true);
              confirm.setCancelText(getTranslation("common.cancel"));
              confirm.setConfirmText(getTranslation("people.remove"));
              confirm.addConfirmListener(
                  c -> run(() -> people.remove(organisationId, m.personId())));
              confirm.open();
            });
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    remove.setId("remove-" + m.personId());
    actions.add(remove);
    return actions;
  }

  private Button small(String text, Runnable action) {
    Button b = new Button(text, e -> run(action));
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return b;
  }

  private void run(Runnable action) {
    try {
      action.run();
    } catch (IllegalStateException | org.springframework.security.access.AccessDeniedException e) {
      FieldErrors.error(getTranslation("people.failed", e.getMessage()));
    }
    refresh();
  }

  private void refresh() {
    grid.setItems(people.people(organisationId));
    invitations.setItems(people.invitations(organisationId));
    PeopleService.Seats s = people.seats(organisationId);
    seats.setText(getTranslation("people.seats", s.taken(), s.limit()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("people.title") + " · REMHub";
  }
}
