package eu.remhub.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.base.ui.AccessDeniedView;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.base.ui.NotFoundView;
import eu.remhub.portal.security.LoginView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses that lead nowhere, or to a page that is not for the person: one not-found page and one
 * access-denied page inside the portal's layout, translated, with a way back; never Spring's
 * "Whitelabel Error Page", a bare "Could not navigate" or a blank page.
 */
@PortalIntegrationTest
class ErrorPagesIT extends SpringBrowserlessTest {

  @Autowired Accounts accounts;
  @LocalServerPort int port;

  @ParameterizedTest
  @EnumSource(
      value = Persona.class,
      names = {"ANONYMOUS", "MEMBER", "STAFF"})
  void anUnknownAddress_showsTheNotFoundPageInTheLayout_toEveryone(Persona persona) {
    accounts.signIn(persona);

    UI.getCurrent().navigate("no/such/page");

    assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    Component page = (Component) getCurrentView();
    assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
    assertThat($(H1.class).from(page).first().getText()).isEqualTo("Page not found");
    assertThat($(Paragraph.class).from(page).first().getText()).contains("/no/such/page");
    assertThat($(Anchor.class).from(page).all())
        .extracting(Anchor::getHref)
        .containsExactly("", "search");
  }

  @Test
  void aViewThatFindsNoRecord_saysWhichInTheNotFoundPage() {
    accounts.signIn(Persona.ANONYMOUS);

    UI.getCurrent().navigate("organisations/999999999");

    assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    assertThat($(Paragraph.class).from((Component) getCurrentView()).first().getText())
        .isEqualTo("No such organisation, or it is not listed.");
  }

  @Test
  void aMemberOnAStaffPage_getsTheAccessDeniedPage_andAVisitorTheSignIn() {
    accounts.signIn(Persona.MEMBER);
    UI.getCurrent().navigate("admin/plugins");
    assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    Component page = (Component) getCurrentView();
    assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
    assertThat($(H1.class).from(page).first().getText()).isEqualTo("Not for your account");
    assertThat($(Paragraph.class).from(page).first().getText()).contains("/admin/plugins");

    accounts.signIn(Persona.ANONYMOUS);
    UI.getCurrent().navigate("admin/plugins");
    assertThat(getCurrentView()).isInstanceOf(LoginView.class);
  }

  @Test
  void theErrorPages_speakItalian() {
    accounts.signIn(Persona.ANONYMOUS);
    UI.getCurrent().setLocale(Locale.ITALIAN);
    UI.getCurrent().navigate("no/such/page");
    Component page = (Component) getCurrentView();
    assertThat($(H1.class).from(page).first().getText()).isEqualTo("Pagina non trovata");
    assertThat($(Paragraph.class).from(page).first().getText())
        .startsWith("Non c'è nessuna pagina all'indirizzo /no/such/page.");
  }

  @Test
  void anUnknownAddress_answersHttp404_withThePortalsPage() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("Whitelabel").doesNotContain("Could not navigate");
  }

  @Test
  void aPageForSignedInPeople_stillSendsAVisitorToSignIn() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/plugins"))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/login");
  }
}
