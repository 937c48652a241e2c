package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.service.SettingDefinition;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * A jar loaded by {@link TestPluginManager} brings its own setting declarations, read from its
 * {@code SettingsContributor} extensions as the portal reads them, without the test declaring
 * anything.
 */
class LoadedPluginSettingsTest {

  private static final String PLUGIN =
      """
      package com.example.tuned;

      import eu.remhub.portal.api.PluginContext;
      import eu.remhub.portal.api.PortalPlugin;

      public class TunedPlugin extends PortalPlugin {
        public TunedPlugin(PluginContext context) {
          super(context);
        }

        @Override
        public void start() {
          long batch = context().settings().integer("batch-size").orElseThrow();
          context().settings().put("batch-at-start", Long.toString(batch));
        }
      }
      """;

  private static String contributor(String className, String extensionId) {
    return """
        package com.example.tuned;

        import eu.remhub.portal.api.extension.SettingsContributor;
        import eu.remhub.portal.api.service.SettingDefinition;
        import eu.remhub.portal.api.service.SettingType;
        import java.util.List;
        import org.pf4j.Extension;

        @Extension
        public class %s implements SettingsContributor {
          @Override
          public String id() {
            return "%s";
          }

          @Override
          public List<SettingDefinition> settings() {
            return List.of(
                SettingDefinition.builder("batch-size", SettingType.INTEGER)
                    .label("Batch size")
                    .defaultValue("25")
                    .bounds(1, 100)
                    .build());
          }
        }
        """
        .formatted(className, extensionId);
  }

  @TempDir Path plugins;

  private static PluginJarBuilder tuned() {
    return PluginJarBuilder.plugin("tuned", "1.0.0")
        .requires(">=1.1.0")
        .pluginClass("com.example.tuned.TunedPlugin")
        .source("com.example.tuned.TunedPlugin", PLUGIN)
        .source("com.example.tuned.TunedSettings", contributor("TunedSettings", "tuned-settings"));
  }

  @Test
  void loadedPlugin_seesItsDeclaredDefault_alreadyInStart() throws IOException {
    tuned().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      assertThat(manager.getPlugin("tuned").getPluginState()).isEqualTo(PluginState.STARTED);
      TestPluginContext context = manager.context("tuned");
      assertThat(context.settings().get("batch-at-start")).contains("25");
      assertThat(context.settings().declarations())
          .extracting(SettingDefinition::key)
          .containsExactly("batch-size");
      assertThat(manager.declaredSettings("tuned"))
          .extracting(SettingDefinition::key)
          .containsExactly("batch-size");
    }
  }

  @Test
  void writeToALoadedPlugin_isCheckedAgainstItsDeclaration_andABadValueChangesNothing()
      throws IOException {
    tuned().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();
      TestPluginContext context = manager.context("tuned");

      context.settings().put("batch-size", " 40 ");
      assertThatThrownBy(() -> context.settings().put("batch-size", "250"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Batch size (batch-size): at most 100, not 250");
      assertThatThrownBy(() -> context.settings().put("batch-size", "lots"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Batch size (batch-size): 'lots' is not a whole number");

      assertThat(context.settings().integer("batch-size")).contains(40L);
      assertThat(context.settings().all()).containsEntry("batch-size", "40");
    }
  }

  @Test
  void pluginDeclaringAKeyTwice_failsToStartWithThePortalsMessage() throws IOException {
    tuned()
        .source("com.example.tuned.MoreSettings", contributor("MoreSettings", "more-settings"))
        .build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      PluginWrapper tuned = manager.getPlugin("tuned");
      assertThat(tuned.getPluginState()).isEqualTo(PluginState.FAILED);
      assertThat(tuned.getFailedException())
          .hasMessage("tuned declares the setting batch-size twice");
      assertThatThrownBy(() -> manager.declaredSettings("tuned"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("tuned declares the setting batch-size twice");
    }
  }

  @Test
  void pluginWithoutDeclarations_keepsPlainTextSettings() throws IOException {
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();
      TestPluginContext context = manager.context("hello");

      context.settings().put("anything", "at all");

      assertThat(context.settings().declarations()).isEmpty();
      assertThat(context.settings().all()).containsEntry("anything", "at all");
      assertThat(manager.declaredSettings("unknown")).isEmpty();
    }
  }
}
