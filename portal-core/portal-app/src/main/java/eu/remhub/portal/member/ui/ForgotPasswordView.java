package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.RegistrationService;

/**
 * Asks for an address and mails a reset link; answers the same whether or not it has an account.
 */
@Route(value = "forgot-password", layout = MainLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

  public ForgotPasswordView(RegistrationService registration) {
    addClassName("remhub-page");
    EmailField address = new EmailField(getTranslation("register.email"));
    address.setId("forgot-email");
    address.setRequiredIndicatorVisible(true);
    Paragraph result = new Paragraph();
    result.setId("forgot-result");
    Button send =
        new Button(
            getTranslation("forgot.submit"),
            e -> {
              if (address.getValue().isBlank() || address.isInvalid()) {
                address.setErrorMessage(getTranslation("error.email"));
                address.setInvalid(true);
                return;
              }
              address.setInvalid(false);
              registration.requestPasswordReset(address.getValue());
              result.setText(getTranslation("forgot.sent"));
            });
    send.setId("forgot-submit");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(address, send);
    form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    add(
        new H1(getTranslation("forgot.title")),
        new Paragraph(getTranslation("forgot.intro")),
        form,
        result);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("forgot.title") + " · REMHub";
  }
}
