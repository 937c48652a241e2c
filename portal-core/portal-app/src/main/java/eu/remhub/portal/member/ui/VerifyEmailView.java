package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.RegistrationService;

/** Where the verification link leads: confirms the address, or offers a new link. */
@Route(value = "verify-email", layout = MainLayout.class)
@AnonymousAllowed
public class VerifyEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient RegistrationService registration;

  public VerifyEmailView(RegistrationService registration) {
    this.registration = registration;
    addClassName("remhub-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new H1(getTranslation("verify.title")));
    String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    if (!token.isEmpty() && registration.verifyEmail(token)) {
      Paragraph ok = new Paragraph(getTranslation("verify.ok"));
      ok.setId("verify-result");
      add(ok, new Anchor("login", getTranslation("verify.login")));
      return;
    }
    Paragraph failed = new Paragraph(getTranslation("verify.failed"));
    failed.setId("verify-result");
    EmailField address = new EmailField(getTranslation("register.email"));
    Button resend =
        new Button(
            getTranslation("verify.resend"),
            e -> {
              registration.resendVerification(address.getValue());
              FieldErrors.success(getTranslation("verify.resent"));
            });
    HorizontalLayout again = new HorizontalLayout(address, resend);
    again.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    add(failed, again);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("verify.title") + " · REMHub";
  }
}
