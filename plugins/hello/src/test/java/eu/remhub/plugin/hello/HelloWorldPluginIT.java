package eu.remhub.plugin.hello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.extension.DashboardWidgetContributor;
import eu.remhub.portal.api.extension.EntitlementContributor;
import eu.remhub.portal.api.extension.RouteContributor;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.PluginSettings;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.testkit.RouteContributionCheck;
import eu.remhub.portal.testkit.TestPluginManager;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;

/** The packaged jar, as staff would upload it, loaded by the plugin runtime. */
class HelloWorldPluginIT {

  private static Path jar;

  @TempDir Path plugins;

  @BeforeAll
  static void findJar() throws IOException {
    try (DirectoryStream<Path> built = Files.newDirectoryStream(Path.of("target"), "hello-*.jar")) {
      List<Path> jars = new ArrayList<>();
      built.forEach(jars::add);
      assertThat(jars).as("the packaged plugin").hasSize(1);
      jar = jars.get(0);
    }
  }

  @Test
  void jar_carriesTheManifestFromThePomProperties_andNoPortalClasses() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Attributes manifest = file.getManifest().getMainAttributes();
      assertThat(manifest.getValue("Plugin-Id")).isEqualTo("hello-world");
      assertThat(manifest.getValue("Plugin-Class")).isEqualTo(HelloWorldPlugin.class.getName());
      assertThat(manifest.getValue("Plugin-Version")).isEqualTo("1.0.0");
      assertThat(manifest.getValue("Plugin-Requires")).isEqualTo(">=1.1.0 & <2.0.0");
      assertThat(manifest.getValue("Plugin-Description")).startsWith("The template plugin");
      List<String> names = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
      assertThat(names)
          .contains(
              "META-INF/extensions.idx",
              "db/migration/hello-world/V1__create_hello_world_greeting.sql",
              "i18n/hello-world.properties",
              "i18n/hello-world_it.properties");
      assertThat(names)
          .noneMatch(
              n ->
                  n.startsWith("eu/remhub/portal/")
                      || n.startsWith("com/vaadin/")
                      || n.startsWith("org/pf4j/"));
    }
  }

  @Test
  void packagedPlugin_startsMigratesAndContributesEachKindOfExtension() throws Exception {
    Files.copy(jar, plugins.resolve("hello-world.jar"));
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      assertThat(manager.getPlugin("hello-world").getPluginState()).isEqualTo(PluginState.STARTED);
      assertThat(manager.context("hello-world").jdbc().appliedMigrations()).hasSize(1);
      List<RouteContributor> routes = manager.getExtensions(RouteContributor.class, "hello-world");
      assertThat(routes).singleElement().satisfies(RouteContributionCheck::verify);
      assertThat(routes.get(0).getClass().getClassLoader())
          .isSameAs(manager.getPluginClassLoader("hello-world"));
      assertThat(manager.getExtensions(SearchDocumentContributor.class, "hello-world")).hasSize(1);
      assertThat(manager.getExtensions(EntitlementContributor.class, "hello-world")).hasSize(1);
      assertThat(manager.getExtensions(DashboardWidgetContributor.class, "hello-world"))
          .singleElement()
          .satisfies(w -> assertThat(w.widgets()).hasSize(1));
      assertThat(manager.getExtensions(SettingsContributor.class, "hello-world")).hasSize(1);
    }
  }

  @Test
  void packagedPlugin_declaresItsSettings_soItsContextKnowsTheDefaultAndChecksWrites()
      throws Exception {
    Files.copy(jar, plugins.resolve("hello-world.jar"));
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();
      PluginSettings settings = manager.context("hello-world").settings();

      assertThat(settings.declarations())
          .extracting(SettingDefinition::key)
          .containsExactly(HelloSettings.PAGE_SIZE);
      assertThat(settings.integer(HelloSettings.PAGE_SIZE)).contains(50L);
      assertThatThrownBy(() -> settings.put(HelloSettings.PAGE_SIZE, "500"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("hello-world.settings.page-size (page-size): at most 200, not 500");
      settings.put(HelloSettings.PAGE_SIZE, "10");
      assertThat(settings.integer(HelloSettings.PAGE_SIZE)).contains(10L);
    }
  }
}
