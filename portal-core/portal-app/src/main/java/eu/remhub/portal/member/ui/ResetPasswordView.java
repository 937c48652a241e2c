package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.RegistrationService;
import java.util.Objects;

/** Where the reset link leads: a new password, once, while the link is valid. */
@Route(value = "reset-password", layout = MainLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient RegistrationService registration;

  public ResetPasswordView(RegistrationService registration) {
    this.registration = registration;
    addClassName("remhub-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new H1(getTranslation("reset.title")));
    String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    if (!registration.resetLinkValid(token)) {
      Paragraph invalid = new Paragraph(getTranslation("reset.invalid"));
      invalid.setId("reset-result");
      add(invalid, new Anchor("forgot-password", getTranslation("login.forgot")));
      return;
    }
    PasswordField password = new PasswordField(getTranslation("account.password.new"));
    password.setHelperText(getTranslation("register.password.helper"));
    password.setId("reset-password");
    PasswordField repeat = new PasswordField(getTranslation("register.password-repeat"));
    repeat.setId("reset-password-repeat");
    FieldErrors errors = new FieldErrors(this).bind("password", password).bind("repeat", repeat);
    Button submit =
        new Button(
            getTranslation("reset.submit"),
            e -> {
              errors.clear();
              if (!Objects.equals(password.getValue(), repeat.getValue())) {
                errors.show("repeat", getTranslation("error.password.mismatch"));
                return;
              }
              try {
                registration.resetPassword(token, password.getValue());
                removeAll();
                Paragraph done = new Paragraph(getTranslation("reset.done"));
                done.setId("reset-result");
                add(
                    new H1(getTranslation("reset.title")),
                    done,
                    new Anchor("login", getTranslation("verify.login")));
              } catch (InvalidInputException ex) {
                errors.show(ex);
              }
            });
    submit.setId("reset-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new FormLayout(password, repeat), submit);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("reset.title") + " · REMHub";
  }
}
