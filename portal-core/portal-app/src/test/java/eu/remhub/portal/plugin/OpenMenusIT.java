package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.base.ui.HomeView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open UIs rebuilding their side menu when staff enable or disable a plugin. The rebuild runs on
 * the staff member's thread, so each UI here is opened by one person and the plugin is then toggled
 * with staff in the thread's security context: the menu must stay the one of the UI's own person.
 */
@PortalIntegrationTest
@Tag("database")
class OpenMenusIT extends SpringBrowserlessTest {

  @Autowired PluginService plugins;
  @Autowired Accounts accounts;

  @AfterEach
  void removeTestPlugin() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("hello").isPresent()) {
      plugins.uninstall("hello", true);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Persona.class,
      names = {"ANONYMOUS", "MEMBER", "STAFF"})
  void staffTogglingAPlugin_rebuildsEachOpenMenuForItsOwnPerson(Persona persona) {
    accounts.signIn(Persona.STAFF);
    upload(TestPlugins.hello("1.0.0", "Hello"));
    accounts.signIn(persona);
    navigate(HomeView.class);
    List<String> before = menuPaths();
    assertThat(before).doesNotContain("hello");

    accounts.signIn(Persona.STAFF);
    plugins.enable("hello");
    runAccessTasks();
    List<String> enabled = menuPaths();

    plugins.disable("hello", false);
    runAccessTasks();
    List<String> disabled = menuPaths();

    boolean staff = persona == Persona.STAFF;
    boolean signedIn = persona != Persona.ANONYMOUS;
    assertThat(enabled.contains("admin/plugins")).as("staff menu in enabled").isEqualTo(staff);
    assertThat(disabled.contains("admin/plugins")).as("staff menu in disabled").isEqualTo(staff);
    assertThat(enabled.contains("hello")).as("plugin entry once enabled").isEqualTo(signedIn);
    assertThat(disabled).isEqualTo(before);
  }

  @Test
  void memberOnAPluginPage_isSentHome_whenStaffDisableIt_andKeepsTheMemberMenu() {
    accounts.signIn(Persona.STAFF);
    upload(TestPlugins.hello("1.0.0", "Hello"));
    plugins.enable("hello");
    accounts.signIn(Persona.MEMBER);
    UI.getCurrent().navigate("hello");
    assertThat(getCurrentView().getClass().getName()).isEqualTo("com.example.hello.HelloView");

    accounts.signIn(Persona.STAFF);
    plugins.disable("hello", false);
    runAccessTasks();

    // The way home is a navigation on the staff member's thread: it must not take their menu.
    assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    assertThat(menuPaths()).contains("").doesNotContain("hello", "admin/plugins");
  }

  /**
   * Runs what other threads queued with {@code UI.access}, as the session's next unlock would.
   * {@code roundTrip()} does not when the UI has no pending client changes.
   */
  private static void runAccessTasks() {
    VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
  }

  private List<String> menuPaths() {
    return $(SideNavItem.class).all().stream()
        .map(SideNavItem::getPath)
        .map(p -> p.replaceFirst("^/", ""))
        .toList();
  }

  private void upload(Path jar) {
    try (InputStream in = Files.newInputStream(jar)) {
      plugins.upload(jar.getFileName().toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
