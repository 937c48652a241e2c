package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.ui.HomeView;
import eu.remhub.portal.member.PrivacyService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real plugin whose extensions throw in every kind of call the core makes into plugin code: the
 * portal keeps serving (another plugin's contributions included) and each failure is attributed to
 * the plugin and the extension, as the plugin's last error that staff see.
 */
@PortalIntegrationTest
@Tag("database")
class PluginFailuresIT extends SpringBrowserlessTest {

  private static final String EXTENSIONS = "com.example.thrower.ThrowerExtensions$";

  @LocalServerPort int port;
  @Autowired PluginService plugins;
  @Autowired Accounts accounts;
  @Autowired PrivacyService privacy;
  @Autowired AuditService audit;

  @BeforeEach
  void enableThrowerAndHello() {
    accounts.signIn(Persona.STAFF);
    upload(TestPlugins.thrower());
    upload(TestPlugins.hello("1.0.0", "Hello"));
    assertThat(plugins.enable("thrower")).isTrue();
    assertThat(plugins.enable("hello")).isTrue();
  }

  @AfterEach
  void removeTestPlugins() {
    accounts.signIn(Persona.STAFF);
    for (String id : List.of("hello", "thrower", "badroutes")) {
      if (plugins.find(id).isPresent()) {
        plugins.uninstall(id, true);
      }
    }
  }

  @Test
  void throwingEntitlements_areLeftOut_andAttributed() {
    List<EntitlementDefinition> defined = plugins.entitlementDefinitions();

    assertThat(defined).extracting(EntitlementDefinition::id).containsExactly("hello.greet");
    assertThat(lastErrorOfThrower())
        .isEqualTo(
            "entitlements ("
                + EXTENSIONS
                + "Entitlements): IllegalStateException: no entitlements today");
    assertThat(plugins.find("thrower").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
  }

  @Test
  void throwingDashboardWidgets_leaveTheHomePageServing() {
    // Away first: navigating to the view already shown would keep the instance built before.
    navigate("hello", Component.class);
    HomeView home = navigate(HomeView.class);

    assertThat(home.getElement().getTextRecursively()).contains(home.getTranslation("home.title"));

    assertThat(lastErrorOfThrower())
        .isEqualTo(
            "dashboard widgets ("
                + EXTENSIONS
                + "Widgets): IllegalStateException: no widgets today");
  }

  @Test
  void throwingSearchTypes_countAsNone() {
    assertThat(plugins.searchTypes("thrower")).isEmpty();

    assertThat(lastErrorOfThrower())
        .isEqualTo(
            "search types (" + EXTENSIONS + "Search): IllegalStateException: no types today");
  }

  @Test
  void throwingEventListener_doesNotStopTheEventOrTheChange() {
    plugins.disable("hello", false);
    assertThat(plugins.enable("hello")).isTrue();

    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
    assertThat(lastErrorOfThrower())
        .isEqualTo(
            "event PluginEnabled ("
                + EXTENSIONS
                + "Events): IllegalStateException: deaf to PluginEnabled");
  }

  @Test
  void throwingPersonalDataExport_isMarkedInTheExport_andAttributed() {
    long member = accounts.user(Persona.MEMBER).personId();

    Map<String, Object> data = privacy.export(member);

    assertThat(data.get("plugins").toString()).contains("this plugin could not export its data");
    assertThat(lastErrorOfThrower())
        .isEqualTo("personal data export: IllegalStateException: no export today");
  }

  @Test
  void apiContributorThatCannotBeCreated_leavesOtherPluginsEndpointsAnswering() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/hello/greetings"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(lastErrorOfThrower())
        .startsWith("creating extension " + EXTENSIONS + "Api: ")
        .contains("api not wired");
  }

  @Test
  void throwingStop_stillDisablesThePlugin_andIsAttributed() {
    plugins.disable("thrower", false);

    PluginInfo thrower = plugins.find("thrower").orElseThrow();
    assertThat(thrower.state()).isEqualTo(PluginStatus.DISABLED);
    assertThat(thrower.lastError()).startsWith("stop: ").contains("thrower cannot stop");
    assertThat(audit.latest(0, 5))
        .anyMatch(e -> e.action().equals("plugin.disabled") && e.target().equals("plugin:thrower"));
    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
  }

  @Test
  void throwingRouteContributor_failsItsPluginOnly() {
    upload(TestPlugins.badRoutes());

    assertThat(plugins.enable("badroutes")).isFalse();

    PluginInfo bad = plugins.find("badroutes").orElseThrow();
    assertThat(bad.state()).isEqualTo(PluginStatus.FAILED);
    assertThat(bad.lastError()).isEqualTo("IllegalStateException: no routes today");
    assertThat(audit.latest(0, 5))
        .anyMatch(e -> e.action().equals("plugin.failed") && e.target().equals("plugin:badroutes"));
    assertThat(navigate("hello", Component.class).getClass().getName())
        .isEqualTo("com.example.hello.HelloView");
  }

  private String lastErrorOfThrower() {
    return plugins.find("thrower").orElseThrow().lastError();
  }

  private void upload(Path jar) {
    try (InputStream in = Files.newInputStream(jar)) {
      plugins.upload(jar.getFileName().toString(), in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
