package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.plugin.ui.PluginSettingsDialog;
import eu.remhub.portal.plugin.ui.PluginsView;
import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff edit a plugin's declared settings in its form in Administration, Plugins: a real plugin jar
 * in the real PF4J runtime declares them, the form validates with the declarations, and the plugin
 * reads the typed values.
 */
@PortalIntegrationTest
@Tag("database")
class PluginSettingsFormIT extends SpringBrowserlessTest {

  /** The grid's last column holds the action buttons. */
  private static final int ACTIONS_COLUMN = 5;

  @Autowired PluginService plugins;
  @Autowired PluginSettingsService settings;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired AuditService audit;

  @BeforeEach
  void tunerIsEnabled() throws IOException {
    accounts.signIn(Persona.STAFF);
    try (InputStream in = Files.newInputStream(tuner())) {
      plugins.upload("tuner-1.0.0.jar", in);
    }
    assertThat(plugins.enable("tuner")).isTrue();
  }

  @AfterEach
  void removeTuner() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("tuner").isPresent()) {
      plugins.uninstall("tuner", true);
    }
  }

  @Test
  void thePluginSeesItsDeclaredDefault_alreadyInItsStart() {
    assertThat(stored()).containsEntry("start-saw", "14");
  }

  @Test
  void invalidValue_showsAFieldError_andNothingIsSaved() {
    openForm();
    TextField days = $(TextField.class).id("setting-review-days");
    assertThat(days.getValue()).isEqualTo("14");

    test(days).setValue("120");
    test($(Button.class).id("settings-save")).click();

    assertThat(days.isInvalid()).isTrue();
    assertThat(days.getErrorMessage()).isEqualTo("Review days (review-days): at most 90, not 120");
    assertThat(stored()).doesNotContainKey("review-days");
    assertThat($(PluginSettingsDialog.class).first().isOpened()).isTrue();
  }

  @Test
  void validValues_areSaved_typed_andAudited_whileLegacyKeysStayText() {
    openForm();
    TextField legacy = $(TextField.class).id("setting-legacy-note");
    assertThat(legacy.getValue()).isEqualTo("kept as text");

    test($(TextField.class).id("setting-review-days")).setValue("30");
    test($(EmailField.class).id("setting-contact")).setValue("calls@remhub.eu");
    @SuppressWarnings("unchecked")
    Select<String> currency = $(Select.class).id("setting-currency");
    test(currency).selectItem("usd");
    test($(Checkbox.class).id("setting-open")).click();
    test(legacy).setValue("edited too");
    test($(Button.class).id("settings-save")).click();

    assertThat(stored())
        .containsEntry("review-days", "30")
        .containsEntry("contact", "calls@remhub.eu")
        .containsEntry("currency", "usd")
        .containsEntry("open", "false")
        .containsEntry("legacy-note", "edited too");
    assertThat(audit.latest(0, 5))
        .anyMatch(
            e ->
                e.action().equals("plugin.settings")
                    && e.target().equals("plugin:tuner")
                    && e.detail().contains("review-days"));
  }

  @Test
  void requiredFieldLeftEmpty_isRefusedByTheForm() {
    openForm();

    test($(TextField.class).id("setting-review-days")).setValue("21");
    test($(Button.class).id("settings-save")).click();

    EmailField contact = $(EmailField.class).id("setting-contact");
    assertThat(contact.isInvalid()).isTrue();
    assertThat(contact.getErrorMessage()).isEqualTo("Contact (contact) is required");
    assertThat(stored()).doesNotContainKey("review-days");
  }

  @Test
  void theServiceRefusesAnInvalidWriteToo_storingNothing() {
    Map<String, String> before = stored();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> settings.save("tuner", Map.of("review-days", "50", "currency", "gbp")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gbp' is not one of eur, usd");

    assertThat(stored()).isEqualTo(before);
  }

  /** Clicks the plugin's settings button in the plugins grid, as staff do. */
  private void openForm() {
    navigate(PluginsView.class);
    @SuppressWarnings("unchecked")
    Grid<PluginInfo> grid = $(Grid.class).id("plugins-grid");
    var rows = test(grid);
    int row =
        IntStream.range(0, rows.size())
            .filter(i -> rows.getRow(i).id().equals("tuner"))
            .findFirst()
            .orElseThrow();
    Component actions = rows.getCellComponent(row, ACTIONS_COLUMN);
    Button open =
        actions
            .getChildren()
            .filter(c -> c.getId().orElse("").equals("settings-tuner"))
            .map(Button.class::cast)
            .findFirst()
            .orElseThrow();
    test(open).click();
  }

  private Map<String, String> stored() {
    return settings.form("tuner").stored();
  }

  private static Path tuner() throws IOException {
    String pkg = "com.example.tuner";
    Path folder = Files.createDirectories(Path.of("target", "test-plugins", "tuner"));
    return PluginJarBuilder.plugin("tuner", "1.0.0")
        .requires(">=1.1.0 & <2.0.0")
        .pluginClass(pkg + ".TunerPlugin")
        .description("Declares settings")
        .source(
            pkg + ".TunerPlugin",
            """
            package com.example.tuner;
            import eu.remhub.portal.api.*;
            public class TunerPlugin extends PortalPlugin {
              public TunerPlugin(PluginContext context) { super(context); }
              @Override public void start() {
                var settings = context().settings();
                settings.put("start-saw", String.valueOf(settings.integer("review-days").orElse(-1L)));
                if (settings.get("legacy-note").isEmpty()) settings.put("legacy-note", "kept as text");
              }
            }
            """)
        .source(
            pkg + ".TunerSettings",
            """
            package com.example.tuner;
            import eu.remhub.portal.api.extension.SettingsContributor;
            import eu.remhub.portal.api.service.*;
            import java.util.List;
            import org.pf4j.Extension;
            @Extension
            public class TunerSettings implements SettingsContributor {
              public String id() { return "tuner-settings"; }
              public List<SettingDefinition> settings() {
                return List.of(
                    SettingDefinition.builder("review-days", SettingType.INTEGER).label("tuner.days")
                        .help("Days reviewers have").defaultValue("14").bounds(1, 90).build(),
                    SettingDefinition.builder("contact", SettingType.EMAIL).label("Contact").required(true).build(),
                    SettingDefinition.builder("currency", SettingType.CHOICE).label("Currency")
                        .choices("eur", "usd").defaultValue("eur").build(),
                    SettingDefinition.builder("open", SettingType.BOOLEAN).label("Open").defaultValue("true").build());
              }
            }
            """)
        .resource("i18n/tuner.properties", "tuner.days=Review days\n")
        .build(folder);
  }
}
