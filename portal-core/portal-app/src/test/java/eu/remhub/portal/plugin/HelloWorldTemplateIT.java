package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.base.ui.HomeView;
import eu.remhub.portal.security.LoginView;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The template plugin (plugins/hello), as the reactor built it, in the running portal: what a
 * newcomer copies must load, migrate and serve its page, search documents and dashboard widget
 * exactly as a real plugin does.
 */
@PortalIntegrationTest
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelloWorldTemplateIT extends SpringBrowserlessTest {

  private static final String GREETINGS_VIEW = "eu.remhub.plugin.hello.ui.GreetingsView";

  @Autowired PluginService plugins;
  @Autowired PluginSettingsService settings;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void installTemplate() throws Exception {
    accounts.signIn(Persona.STAFF);
    try (InputStream in = Files.newInputStream(BundledPlugins.jar("hello"))) {
      plugins.upload("hello.jar", in);
    }
    assertThat(plugins.enable("hello-world")).isTrue();
  }

  @AfterAll
  void uninstallTemplate() {
    accounts.signIn(Persona.STAFF);
    plugins.uninstall("hello-world", true);
  }

  @Test
  void template_isEnabled_withItsTableUnderItsPrefix() {
    assertThat(plugins.find("hello-world").orElseThrow().state()).isEqualTo(PluginStatus.ENABLED);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hello_world_greeting").query(Integer.class).single())
        .isNotNegative();
  }

  @Test
  void visitor_isSentToTheLogin_memberSeesTheMenuEntryAndThePageInThePortalLayout() {
    accounts.signIn(Persona.ANONYMOUS);
    UI.getCurrent().navigate("hello-world");
    assertThat(getCurrentView()).isInstanceOf(LoginView.class);

    accounts.signIn(Persona.MEMBER);
    navigate(HomeView.class);
    assertThat($(SideNavItem.class).all())
        .extracting(SideNavItem::getPath)
        .anyMatch(p -> p.replaceFirst("^/", "").equals("hello-world"));
    UI.getCurrent().navigate("hello-world");
    Component view = (Component) getCurrentView();
    assertThat(view.getClass().getName()).isEqualTo(GREETINGS_VIEW);
    assertThat(view.getParent()).isPresent();
  }

  @Test
  void staff_signTheGuestbook_whichReachesTheTableTheSearchOutboxAndTheDashboard() {
    accounts.signIn(Persona.STAFF);
    UI.getCurrent().navigate("hello-world");
    assertThat(getCurrentView().getClass().getName()).isEqualTo(GREETINGS_VIEW);

    test($(TextArea.class).single()).setValue("Hello from the integration test");
    test($(Button.class).withText("Sign the guestbook").single()).click();

    assertThat($(Paragraph.class).all())
        .extracting(Paragraph::getText)
        .contains("Thank you, your greeting is in the guestbook.");
    assertThat(
            jdbc.sql("SELECT message FROM hello_world_greeting ORDER BY id DESC")
                .query(String.class)
                .list())
        .first()
        .isEqualTo("Hello from the integration test");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM index_outbox WHERE doc_type = 'hello-greeting'")
                .query(Integer.class)
                .single())
        .isPositive();
    navigate(HomeView.class);
    assertThat($(Paragraph.class).all())
        .extracting(Paragraph::getText)
        .anyMatch(text -> text.startsWith("“Hello from the integration test” ("));
  }

  @Test
  void staff_seeTheDeclaredPageSizeInTheSettingsForm_andTheGuestbookListsThatMany() {
    accounts.signIn(Persona.STAFF);
    assertThat(settings.form("hello-world").declared())
        .extracting(SettingDefinition::key, d -> d.defaultValue().orElseThrow())
        .containsExactly(tuple("page-size", "50"));
    assertThatThrownBy(() -> settings.save("hello-world", Map.of("page-size", "1000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(page-size): at most 200, not 1000");
    assertThat(settings.form("hello-world").stored()).doesNotContainKey("page-size");

    UI.getCurrent().navigate("hello-world");
    for (String text : new String[] {"One", "Two", "Three"}) {
      test($(TextArea.class).single()).setValue(text);
      test($(Button.class).withText("Sign the guestbook").single()).click();
    }
    try {
      settings.save("hello-world", Map.of("page-size", "2"));
      UI.getCurrent().navigate(HomeView.class);
      UI.getCurrent().navigate("hello-world");

      assertThat(test($(Grid.class).single()).size()).isEqualTo(2);
      assertThat(test($(Grid.class).single()).getCellText(0, 1)).isEqualTo("Three");
    } finally {
      settings.save("hello-world", Map.of("page-size", ""));
    }
  }
}
