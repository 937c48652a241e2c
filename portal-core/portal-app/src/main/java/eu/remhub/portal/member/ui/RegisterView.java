package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.Registration;
import eu.remhub.portal.member.RegistrationService;
import eu.remhub.portal.member.RegistrationService.InvitationOffer;
import eu.remhub.portal.member.ValueChainSegment;
import java.util.Objects;

/**
 * Registration: a person with a new organisation (which waits for approval), or through an
 * invitation link ({@code ?invitation=…}) into an existing one. Problems show next to their fields.
 */
@Route(value = "register", layout = MainLayout.class)
@AnonymousAllowed
public class RegisterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient RegistrationService registration;
  private final FieldErrors errors = new FieldErrors(this);
  private final TextField displayName = new TextField();
  private final EmailField email = new EmailField();
  private final PasswordField password = new PasswordField();
  private final PasswordField repeat = new PasswordField();
  private final Select<String> language = new Select<>();
  private final TextField legalName = new TextField();
  private final TextField shortName = new TextField();
  private final ComboBox<String> country;
  private final TextField vatId = new TextField();
  private final CheckboxGroup<ValueChainSegment> segments;

  public RegisterView(RegistrationService registration) {
    this.registration = registration;
    addClassName("remhub-page");
    country = Choices.country(this, getTranslation("organisation.field.country"));
    segments = Choices.segments(this, getTranslation("organisation.field.segments"));
    displayName.setLabel(getTranslation("register.display-name"));
    email.setLabel(getTranslation("register.email"));
    password.setLabel(getTranslation("register.password"));
    password.setHelperText(getTranslation("register.password.helper"));
    repeat.setLabel(getTranslation("register.password-repeat"));
    language.setLabel(getTranslation("register.language"));
    language.setItems("en", "it");
    language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
    language.setValue(getLocale() != null && "it".equals(getLocale().getLanguage()) ? "it" : "en");
    legalName.setLabel(getTranslation("organisation.field.legal-name"));
    shortName.setLabel(getTranslation("organisation.field.short-name"));
    vatId.setLabel(getTranslation("organisation.field.vat-id"));
    country.addValueChangeListener(
        e ->
            vatId.setHelperText(
                e.getValue() == null
                    ? null
                    : getTranslation(
                        "profile.vat.helper",
                        eu.remhub.portal.member.VatIds.example(e.getValue()))));
    displayName.setId("register-name");
    email.setId("register-email");
    password.setId("register-password");
    repeat.setId("register-password-repeat");
    language.setId("register-language");
    legalName.setId("register-legal-name");
    shortName.setId("register-short-name");
    country.setId("register-country");
    vatId.setId("register-vat");
    segments.setId("register-segments");
    errors
        .bind("displayName", displayName)
        .bind("email", email)
        .bind("password", password)
        .bind("repeat", repeat)
        .bind("legalName", legalName)
        .bind("shortName", shortName)
        .bind("country", country)
        .bind("vatId", vatId)
        .bind("segments", segments);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new H1(getTranslation("register.title")));
    var token = event.getLocation().getQueryParameters().getSingleParameter("invitation");
    if (token.isEmpty()) {
      newOrganisationForm();
      return;
    }
    registration
        .invitation(token.get())
        .ifPresentOrElse(
            offer -> invitationForm(token.get(), offer),
            () -> {
              Paragraph invalid = new Paragraph(getTranslation("register.invitation.invalid"));
              invalid.setId("register-invalid");
              add(invalid);
            });
  }

  private void newOrganisationForm() {
    add(new Paragraph(getTranslation("register.intro")));
    FormLayout person = new FormLayout(displayName, email, password, repeat, language);
    FormLayout organisation = new FormLayout(legalName, shortName, country, vatId, segments);
    organisation.setColspan(segments, 2);
    Button submit = new Button(getTranslation("register.submit"), e -> submitNew());
    submit.setId("register-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H2(getTranslation("register.person")),
        person,
        new H2(getTranslation("register.organisation")),
        organisation,
        submit);
  }

  private void invitationForm(String token, InvitationOffer offer) {
    if (offer.accountExists()) {
      Paragraph text =
          new Paragraph(
              getTranslation("register.invited.existing", offer.email(), offer.organisation()));
      Button join =
          new Button(
              getTranslation("register.join", offer.organisation()),
              e -> {
                try {
                  errors.clear();
                  registration.acceptInvitation(token, password.getValue());
                  done(getTranslation("register.joined", offer.organisation()));
                } catch (InvalidInputException ex) {
                  errors.show(ex);
                }
              });
      join.setId("register-submit");
      join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      password.setHelperText(null);
      add(text, new FormLayout(password), join);
      return;
    }
    email.setValue(offer.email());
    email.setReadOnly(true);
    Button submit =
        new Button(
            getTranslation("register.join", offer.organisation()),
            e -> {
              if (checkRepeat()) {
                try {
                  registration.registerWithInvitation(token, registrationInput());
                  done(getTranslation("register.joined", offer.organisation()));
                } catch (InvalidInputException ex) {
                  errors.show(ex);
                }
              }
            });
    submit.setId("register-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new Paragraph(getTranslation("register.invited", offer.organisation())),
        new FormLayout(displayName, email, password, repeat, language),
        submit);
  }

  private void submitNew() {
    if (!checkRepeat()) {
      return;
    }
    try {
      registration.registerWithNewOrganisation(
          registrationInput(),
          new Registration.NewOrganisation(
              legalName.getValue(),
              shortName.getValue(),
              country.getValue(),
              vatId.getValue(),
              segments.getValue()));
      done(
          getTranslation(
              "register.done.text", email.getValue().strip().toLowerCase(java.util.Locale.ROOT)));
    } catch (InvalidInputException ex) {
      errors.show(ex);
    }
  }

  private boolean checkRepeat() {
    errors.clear();
    if (!Objects.equals(password.getValue(), repeat.getValue())) {
      errors.show("repeat", getTranslation("error.password.mismatch"));
      return false;
    }
    return true;
  }

  private Registration registrationInput() {
    return new Registration(
        displayName.getValue(), email.getValue(), password.getValue(), language.getValue());
  }

  private void done(String text) {
    removeAll();
    Paragraph message = new Paragraph(text);
    message.setId("register-done");
    add(
        new H1(getTranslation("register.done.title")),
        message,
        new Anchor("login", getTranslation("verify.login")));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("register.title") + " · REMHub";
  }
}
