package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.ui.HomeView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plugin runtime with real plugin jars in the real PF4J runtime, seen through the running
 * portal's services and its views.
 */
@PortalIntegrationTest
@Tag("database")
class PluginLifecycleIT extends SpringBrowserlessTest {

  @Autowired PluginService plugins;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired AuditService audit;

  @BeforeEach
  void signInAsStaff() {
    accounts.signIn(Persona.STAFF);
  }

  @AfterEach
  void removeTestPlugins() {
    accounts.signIn(Persona.STAFF);
    for (String id : List.of("greeter", "hello", "boom")) {
      if (plugins.find(id).isPresent()) {
        plugins.uninstall(id, true);
      }
    }
  }

  @Test
  void uploadedPlugin_arrivesDisabled_andEnablingMakesRouteAndMenuLive() {
    PluginInfo info = upload(TestPlugins.hello("1.0.0", "Hello from a plugin"));
    assertThat(info.state()).isEqualTo(PluginStatus.DISABLED);
    assertThat(info.sha256()).hasSize(64);
    assertThat(menuPaths()).doesNotContain("hello");

    assertThat(plugins.enable("hello")).isTrue();

    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hello_greeting").query(Integer.class).single())
        .isEqualTo(1);
    Component view = navigate("hello", Component.class);
    assertThat(view.getClass().getName()).isEqualTo("com.example.hello.HelloView");
    assertThat(view.getElement().getText()).isEqualTo("Hello from a plugin (1 greetings)");
    assertThat(menuPaths()).contains("hello");
    assertThat(menuLabels()).contains("Hello plugin");
  }

  @Test
  void disabledPlugin_routeAndMenuEntryAreGone_dataIsKept() {
    upload(TestPlugins.hello("1.0.0", "Hello"));
    plugins.enable("hello");
    navigate(HomeView.class);
    assertThat(menuPaths()).contains("hello");

    plugins.disable("hello", false);
    roundTrip();

    // The open UI's menu follows without a new navigation.
    assertThat(menuPaths()).doesNotContain("hello");
    UI.getCurrent().navigate("hello");
    assertThat(getCurrentView().getClass().getName()).isNotEqualTo("com.example.hello.HelloView");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hello_greeting").query(Integer.class).single())
        .isEqualTo(1);
    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.DISABLED);
  }

  @Test
  void enablingAPlugin_enablesWhatItDependsOn_andDisablingTheDependencyAsksFirst() {
    upload(TestPlugins.hello("1.0.0", "Hello"));
    upload(TestPlugins.greeter());

    plugins.enable("greeter");
    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
    assertThat(plugins.find("greeter").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);

    assertThatThrownBy(() -> plugins.disable("hello", false))
        .isInstanceOf(DependentsEnabledException.class)
        .hasMessageContaining("greeter");
    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);

    plugins.disable("hello", true);
    assertThat(plugins.find("greeter").orElseThrow().state()).isEqualTo(PluginStatus.DISABLED);
    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.DISABLED);
  }

  @Test
  void pluginThatThrowsInStart_isMarkedFailed_andThePortalKeepsServing() {
    upload(TestPlugins.boom());

    assertThat(plugins.enable("boom")).isFalse();

    PluginInfo boom = plugins.find("boom").orElseThrow();
    assertThat(boom.state()).isEqualTo(PluginStatus.FAILED);
    assertThat(boom.lastError()).contains("boom: no reactor configured");
    assertThat(navigate(HomeView.class)).isNotNull();
    assertThat(audit.latest(0, 5))
        .anyMatch(e -> e.action().equals("plugin.failed") && e.target().equals("plugin:boom"));
  }

  @Test
  void incompatibleContractRange_isRefusedWithItsReason_andNothingChanges() throws IOException {
    long filesBefore = pluginFiles();
    assertThatThrownBy(() -> upload(TestPlugins.fromTheFuture()))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessage(
            "future needs contract version >=2.0.0 & <3.0.0 but this portal offers "
                + eu.remhub.portal.api.PortalApi.VERSION
                + ".");
    assertThat(plugins.find("future")).isEmpty();
    assertThat(pluginFiles()).isEqualTo(filesBefore);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM plugin_registry WHERE plugin_id = 'future'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void corruptJar_jarWithoutDescriptor_andDuplicateId_areRefusedWithClearMessages()
      throws IOException {
    long filesBefore = pluginFiles();
    assertThatThrownBy(() -> upload(TestPlugins.corrupt()))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageStartingWith("The file is not a valid jar (zip) archive");
    assertThatThrownBy(() -> upload(TestPlugins.withoutDescriptor()))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessage(
            "The jar has no plugin descriptor: its META-INF/MANIFEST.MF lacks a Plugin-Id entry.");
    assertThat(pluginFiles()).isEqualTo(filesBefore);

    upload(TestPlugins.hello("1.0.0", "Hello"));
    assertThatThrownBy(() -> upload(TestPlugins.hello("1.0.0", "Hello")))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessage("hello is already installed (version 1.0.0); use Update to replace it.");
  }

  @Test
  void pluginNeedingAMissingPlugin_isRefused() {
    assertThatThrownBy(() -> upload(TestPlugins.greeter()))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessage("greeter needs hello@>=1.0.0, which is not installed; install it first.");
  }

  @Test
  void update_replacesTheVersion_keepsItEnabled_andRefusesOlderOnes() {
    upload(TestPlugins.hello("1.0.0", "Hello"));
    plugins.enable("hello");

    PluginInfo updated = update("hello", TestPlugins.hello("1.1.0", "Hello again"));

    assertThat(updated.version()).isEqualTo("1.1.0");
    assertThat(updated.state()).isEqualTo(PluginStatus.ENABLED);
    assertThat(navigate("hello", Component.class).getElement().getText()).startsWith("Hello again");
    assertThatThrownBy(() -> update("hello", TestPlugins.hello("1.0.0", "Hello")))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessage("Version 1.0.0 is not newer than the installed 1.1.0.");
  }

  @Test
  void uninstall_keepsDataUnlessPurged() {
    upload(TestPlugins.hello("1.0.0", "Hello"));
    plugins.enable("hello");
    plugins.uninstall("hello", false);
    assertThat(plugins.find("hello")).isEmpty();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hello_greeting").query(Integer.class).single())
        .isEqualTo(1);

    // Installing again finds its migrations already applied and its data in place.
    upload(TestPlugins.hello("1.0.0", "Hello"));
    plugins.enable("hello");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hello_greeting").query(Integer.class).single())
        .isEqualTo(1);

    plugins.uninstall("hello", true);
    assertThatThrownBy(
            () -> jdbc.sql("SELECT COUNT(*) FROM hello_greeting").query(Integer.class).single())
        .hasMessageContaining("hello_greeting");
  }

  @Test
  void enabledSet_survivesARestartOfTheRuntime() {
    upload(TestPlugins.hello("1.0.0", "Hello"));
    upload(TestPlugins.boom());
    plugins.enable("hello");

    plugins.shutdown();
    plugins.start();

    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
    assertThat(plugins.find("boom").orElseThrow().state()).isEqualTo(PluginStatus.DISABLED);
    assertThat(navigate("hello", Component.class).getClass().getName())
        .isEqualTo("com.example.hello.HelloView");
  }

  @Test
  void everyAction_isInTheAuditLog_withWhoAndWhat() {
    upload(TestPlugins.hello("1.0.0", "Hello"));
    plugins.enable("hello");
    plugins.disable("hello", false);

    List<String> actions =
        audit.latest(0, 3).stream()
            .map(e -> e.action() + " " + e.target() + " " + e.actor())
            .toList();
    assertThat(actions)
        .containsExactly(
            "plugin.disabled plugin:hello staff@it.example",
            "plugin.enabled plugin:hello staff@it.example",
            "plugin.uploaded plugin:hello staff@it.example");
  }

  private List<String> menuPaths() {
    return $(SideNavItem.class).all().stream()
        .map(SideNavItem::getPath)
        .map(p -> p.replaceFirst("^/", ""))
        .toList();
  }

  private List<String> menuLabels() {
    return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
  }

  private PluginInfo upload(Path jar) {
    try (InputStream in = Files.newInputStream(jar)) {
      return plugins.upload(jar.getFileName().toString(), in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private PluginInfo update(String id, Path jar) {
    try (InputStream in = Files.newInputStream(jar)) {
      return plugins.update(id, jar.getFileName().toString(), in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private long pluginFiles() throws IOException {
    try (var files = Files.list(Path.of("target/it-data/plugins"))) {
      return files.count();
    }
  }
}
