package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.RouteContributor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

class PluginJarBuilderTest {

  @TempDir Path plugins;

  @Test
  void builtJar_carriesTheManifestEntriesThatWereSet() throws IOException {
    Path jar =
        PluginJarBuilder.plugin("hello", "1.2.3")
            .requires(">=1.0.0 & <2.0.0")
            .dependencies("other@>=1.0.0", "extra@>=2.0.0")
            .license("Apache-2.0")
            .build(plugins);

    assertThat(jar.getFileName()).hasToString("hello-1.2.3.jar");
    try (JarFile file = new JarFile(jar.toFile())) {
      Attributes manifest = file.getManifest().getMainAttributes();
      assertThat(manifest.getValue("Plugin-Id")).isEqualTo("hello");
      assertThat(manifest.getValue("Plugin-Version")).isEqualTo("1.2.3");
      assertThat(manifest.getValue("Plugin-Requires")).isEqualTo(">=1.0.0 & <2.0.0");
      assertThat(manifest.getValue("Plugin-Dependencies"))
          .isEqualTo("other@>=1.0.0, extra@>=2.0.0");
      assertThat(manifest.getValue("Plugin-License")).isEqualTo("Apache-2.0");
      assertThat(manifest.getValue("Plugin-Class")).isNull();
      assertThat(manifest.getValue("Plugin-Provider")).isNull();
      assertThat(manifest.getValue("Plugin-Description")).isNull();
    }
  }

  @Test
  void compiledSources_landInTheJarWithTheExtensionIndex() throws IOException {
    Path jar = HelloPluginSources.helloPlugin().build(plugins);

    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getEntry("com/example/hello/HelloPlugin.class")).isNotNull();
      assertThat(file.getEntry("com/example/hello/HelloView.class")).isNotNull();
      assertThat(file.getEntry("db/migration/hello/")).as("folder entry").isNotNull();
      assertThat(file.getEntry("i18n/hello.properties")).isNotNull();
      String index =
          new String(
              file.getInputStream(file.getEntry("META-INF/extensions.idx")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(index).contains(HelloPluginSources.ROUTES_CLASS);
    }
  }

  @Test
  void compiledClasses_stayOffTheTestClassPath() throws IOException {
    HelloPluginSources.helloPlugin().build(plugins);

    assertThat(getClass().getClassLoader().getResource("com/example/hello/HelloPlugin.class"))
        .isNull();
  }

  @Test
  void builtJar_isLoadedAndStartedByPf4jWithItsExtension() throws IOException {
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginContext context = new TestPluginContext("hello")) {
      DefaultPluginManager manager = portalLikeManager(context);

      manager.loadPlugins();
      manager.startPlugins();

      PluginWrapper hello = manager.getPlugin("hello");
      assertThat(hello.getPluginState()).isEqualTo(PluginState.STARTED);
      assertThat(hello.getDescriptor().getPluginDescription()).isEqualTo("Says hello");
      assertThat(hello.getDescriptor().getProvider()).isEqualTo("REMHub");
      List<RouteContributor> contributors = manager.getExtensions(RouteContributor.class);
      assertThat(contributors)
          .singleElement()
          .satisfies(
              routes -> {
                assertThat(routes.id()).isEqualTo("hello-routes");
                assertThat(routes.getClass().getClassLoader())
                    .isSameAs(hello.getPluginClassLoader());
                assertThat(routes.routes())
                    .singleElement()
                    .satisfies(route -> assertThat(route.path()).isEqualTo("hello"));
              });
      assertThat(context.settings().get("greetings-at-start")).contains("1");
      // stopPlugin, not stopPlugins: PF4J 3.15.0's stopPlugins() throws (pf4j issue 656).
      manager.stopPlugin("hello");
      manager.unloadPlugins();
    }
  }

  @Test
  void pluginForAnotherContractVersion_isNotStarted() throws IOException {
    HelloPluginSources.helloPlugin().requires(">=2.0.0 & <3.0.0").build(plugins);
    try (TestPluginContext context = new TestPluginContext("hello")) {
      DefaultPluginManager manager = portalLikeManager(context);

      manager.loadPlugins();
      manager.startPlugins();

      assertThat(manager.getPlugin("hello").getPluginState()).isNotEqualTo(PluginState.STARTED);
      assertThat(manager.getExtensions(RouteContributor.class)).isEmpty();
      manager.unloadPlugins();
    }
  }

  @Test
  void jarWithoutDescriptor_isNoPlugin() throws IOException {
    HelloPluginSources.helloPlugin().withoutDescriptor().build(plugins);
    DefaultPluginManager manager = new DefaultPluginManager(plugins);

    manager.loadPlugins();

    assertThat(manager.getPlugins()).isEmpty();
  }

  @Test
  void rawManifestEntry_overridesTheEntryItNames() throws IOException {
    Path jar =
        PluginJarBuilder.plugin("hello", "1.0.0")
            .rawManifestEntry("Plugin-Id", "Not A Valid Id")
            .build(plugins);

    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Plugin-Id"))
          .isEqualTo("Not A Valid Id");
    }
  }

  @Test
  void sourceThatDoesNotCompile_reportsTheCompilersDiagnostics() {
    PluginJarBuilder broken =
        PluginJarBuilder.plugin("broken", "1.0.0")
            .source(
                "com.example.Broken",
                "package com.example;\npublic class Broken { int x = \"text\"; }\n");

    assertThatThrownBy(() -> broken.build(plugins))
        .isInstanceOf(PluginCompilationException.class)
        .hasMessageContaining("com/example/Broken.java:2")
        .satisfies(e -> assertThat(((PluginCompilationException) e).diagnostics()).isNotEmpty());
  }

  @Test
  void corruptJar_isNoZipAndIsNoPlugin() throws IOException {
    Path jar = PluginJarBuilder.corruptJar(plugins, "broken-1.0.0.jar");
    DefaultPluginManager manager = new DefaultPluginManager(plugins);

    assertThatThrownBy(() -> new JarFile(jar.toFile()).close()).isInstanceOf(ZipException.class);
    manager.loadPlugins();
    assertThat(manager.getPlugins()).isEmpty();
  }

  /**
   * PF4J as the portal sets it up: contract version 1.0.0, migrations before the plugin is created,
   * and a plugin factory that passes the context to the PortalPlugin constructor (PF4J's own
   * factory knows only no-argument ones).
   */
  private DefaultPluginManager portalLikeManager(TestPluginContext context) {
    DefaultPluginManager manager =
        new DefaultPluginManager(plugins) {
          @Override
          protected PluginFactory createPluginFactory() {
            return new DefaultPluginFactory() {
              @Override
              protected Plugin createInstance(Class<?> pluginClass, PluginWrapper plugin) {
                context.jdbc().migrate(plugin.getPluginClassLoader());
                try {
                  return (Plugin)
                      pluginClass.getConstructor(PluginContext.class).newInstance(context);
                } catch (ReflectiveOperationException e) {
                  throw new IllegalStateException(e);
                }
              }
            };
          }
        };
    manager.setSystemVersion("1.0.0");
    return manager;
  }
}
