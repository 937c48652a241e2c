package eu.remhub.portal.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

/** The sign-in page. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm login = new LoginForm();

  public LoginView() {
    addClassName("remhub-login");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    Image logo = new Image("themes/remhub/logo.svg", "REMHub");
    logo.addClassName("remhub-login-logo");
    login.setAction("login");
    login.setForgotPasswordButtonVisible(true);
    login.addForgotPasswordListener(e -> UI.getCurrent().navigate("forgot-password"));
    login.setI18n(i18n());
    Anchor register = new Anchor("register", getTranslation("login.register"));
    register.setId("login-register");
    add(logo, login, register, new Anchor("", getTranslation("login.back")));
  }

  private LoginI18n i18n() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.email"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
    LoginI18n i18n = i18n();
    if (failed && lastFailure() instanceof SignInPausedException paused) {
      // Whole minutes, rounded up, so that "try again in 1 minute" is never too early.
      long minutes = Math.max(1, (paused.waitTime().toSeconds() + 59) / 60);
      i18n.getErrorMessage().setTitle(getTranslation("login.paused.title"));
      i18n.getErrorMessage().setMessage(getTranslation("login.paused.message", minutes));
    }
    login.setI18n(i18n);
    login.setError(failed);
  }

  /** The failure Spring Security kept in the session when it redirected to {@code /login?error}. */
  private static Object lastFailure() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null || session.getSession() == null
        ? null
        : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " · REMHub";
  }
}
