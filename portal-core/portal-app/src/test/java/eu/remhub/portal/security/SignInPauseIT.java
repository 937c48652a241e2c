package eu.remhub.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in pause as a person meets it: the same refusal for a registered and an unknown address,
 * and a login page that says the sign-in is paused and for how long.
 */
@PortalIntegrationTest
class SignInPauseIT extends SpringBrowserlessTest {

  @Autowired AuthenticationProvider authenticationProvider;
  @Autowired Accounts accounts;

  @Test
  void registeredAndUnknownAddresses_arePausedAlike_afterFiveFailures() {
    String registered = accounts.user(Persona.ORG_ADMIN).email();
    String unknown = "nobody-" + System.nanoTime() + "@it.example";

    Throwable forRegistered = pauseAfterFiveFailures(registered, "10.1.0.1");
    Throwable forUnknown = pauseAfterFiveFailures(unknown, "10.1.0.2");

    assertThat(forRegistered).isInstanceOf(SignInPausedException.class);
    assertThat(forUnknown).isInstanceOf(SignInPausedException.class);
    // The seconds left may differ by the time between the two attempts; the words may not.
    assertThat(forUnknown.getMessage().replaceAll("\\d+", "N"))
        .isEqualTo(forRegistered.getMessage().replaceAll("\\d+", "N"))
        .isEqualTo("Too many failed sign-ins. Try again in N seconds.");
  }

  @Test
  void loginPage_afterAPausedSignIn_saysItIsPausedAndForHowLong() {
    VaadinSession.getCurrent()
        .getSession()
        .setAttribute(
            WebAttributes.AUTHENTICATION_EXCEPTION,
            new SignInPausedException(Duration.ofSeconds(90)));

    UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));

    LoginForm form = $(LoginForm.class).single();
    assertThat(form.isError()).isTrue();
    assertThat(form.getElement().getPropertyRaw("i18n").toString())
        .contains("Sign-in paused")
        .contains("Try again in 2 minutes.");
  }

  @Test
  void loginPage_afterAWrongPassword_keepsTheGeneralMessage() {
    VaadinSession.getCurrent()
        .getSession()
        .setAttribute(
            WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));

    UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));

    LoginForm form = $(LoginForm.class).single();
    assertThat(form.isError()).isTrue();
    assertThat(form.getElement().getPropertyRaw("i18n").toString())
        .contains("Sign-in failed")
        .doesNotContain("paused");
  }

  /** Five wrong passwords, then the right one or any: the sixth attempt's refusal. */
  private Throwable pauseAfterFiveFailures(String email, String address) {
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(catchThrowable(() -> authenticate(email, "wrong " + System.nanoTime(), address)))
          .as("attempt %d for %s", attempt, email)
          .isInstanceOf(BadCredentialsException.class);
    }
    return catchThrowable(() -> authenticate(email, "wrong again", address));
  }

  private void authenticate(String email, String password, String address) {
    var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    authenticationProvider.authenticate(token);
  }
}
