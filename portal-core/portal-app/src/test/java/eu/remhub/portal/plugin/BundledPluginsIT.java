package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.base.ui.HomeView;
import eu.remhub.portal.security.LoginView;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bundled passport plugin, as the reactor built it, in the running portal: installed through
 * the real runtime, its migrations and demo passports in the portal's database, its pages in the
 * portal's layout and its API under /api/v1.
 */
@PortalIntegrationTest
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledPluginsIT extends SpringBrowserlessTest {

  @Autowired PluginService plugins;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @BeforeAll
  void installPassport() throws Exception {
    accounts.signIn(Persona.STAFF);
    try (InputStream in = Files.newInputStream(BundledPlugins.jar("passport"))) {
      plugins.upload("passport.jar", in);
    }
    assertThat(plugins.enable("passport")).isTrue();
  }

  @AfterAll
  void uninstallPassport() {
    accounts.signIn(Persona.STAFF);
    plugins.uninstall("passport", true);
  }

  @BeforeEach
  void asVisitor() {
    accounts.signIn(Persona.ANONYMOUS);
  }

  @Test
  void passportPlugin_runsItsMigrationsAndSeedsTheDemoPassports() {
    assertThat(plugins.find("passport").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
    List<String> statuses =
        jdbc.sql("SELECT status FROM passport_passport").query(String.class).list();
    assertThat(statuses).hasSize(4).allMatch(s -> s.equalsIgnoreCase("PUBLISHED"));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM index_outbox WHERE doc_type = 'passport'")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void visitor_seesTheRegistryInTheMenu_andAPassportPageInThePortalLayout() {
    navigate(HomeView.class);
    assertThat($(SideNavItem.class).all())
        .extracting(SideNavItem::getPath)
        .anyMatch(p -> p.replaceFirst("^/", "").equals("passports"));
    long id = firstPassportId();
    UI.getCurrent().navigate("passport/" + id);
    Component view = (Component) getCurrentView();
    assertThat(view.getClass().getName()).isEqualTo("eu.remhub.plugin.passport.ui.PassportView");
    assertThat(view.getParent()).isPresent();
  }

  @Test
  void ownersPages_needTheManageEntitlement() {
    UI.getCurrent().navigate("passports/manage");
    assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    accounts.signIn(Persona.MEMBER);
    UI.getCurrent().navigate("passports/manage");
    assertThat(getCurrentView().getClass().getName())
        .isNotEqualTo("eu.remhub.plugin.passport.ui.PassportManageView");
    accounts.signIn(Persona.STAFF);
    UI.getCurrent().navigate("passports/manage");
    assertThat(getCurrentView().getClass().getName())
        .isEqualTo("eu.remhub.plugin.passport.ui.PassportManageView");
  }

  @Test
  void publicApi_answersThePublicTier_andTheSchema() throws Exception {
    long id = firstPassportId();
    HttpClient http = HttpClient.newHttpClient();
    var passport =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/passports/" + id))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(passport.statusCode()).isEqualTo(200);
    assertThat(passport.body()).contains("\"id\"").doesNotContain("removalInstructions");
    var schema =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/passports/schema"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(schema.statusCode()).isEqualTo(200);
    assertThat(schema.body()).contains("\"$schema\"");
  }

  private long firstPassportId() {
    return jdbc.sql("SELECT MIN(id) FROM passport_passport").query(Long.class).single();
  }
}
