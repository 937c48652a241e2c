package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import eu.remhub.portal.api.PortalApi;
import eu.remhub.portal.api.PortalPlugin;
import eu.remhub.portal.api.extension.RouteContributor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

class TestPluginManagerTest {

  @TempDir Path plugins;

  @Test
  void startedPlugin_hasRunItsMigrationsAndGetsItsContext() throws IOException {
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      assertThat(manager.getPlugin("hello").getPluginState()).isEqualTo(PluginState.STARTED);
      TestPluginContext context = manager.context("hello");
      assertThat(context.jdbc().appliedMigrations()).containsExactly("V1__create_greeting.sql");
      assertThat(context.settings().get("greetings-at-start")).contains("1");
    }
  }

  @Test
  void extensionWithAContextConstructor_receivesTheContext() throws IOException {
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      assertThat(manager.getExtensions(RouteContributor.class))
          .extracting(RouteContributor::id)
          .containsExactly("routes-with-context-of-hello");
    }
  }

  @Test
  void pluginClasses_findTheirContextThroughPluginContexts() throws Exception {
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      Class<?> view =
          manager.getPluginClassLoader("hello").loadClass(HelloPluginSources.VIEW_CLASS);

      assertThat(PluginContexts.of(view)).isSameAs(manager.context("hello"));
    }
  }

  @Test
  void pluginThatThrowsInStart_isMarkedFailedWithItsError() throws IOException {
    PluginJarBuilder.plugin("boom", "1.0.0")
        .requires(">=1.0.0")
        .pluginClass("com.example.boom.BoomPlugin")
        .source(
            "com.example.boom.BoomPlugin",
            """
            package com.example.boom;

            public class BoomPlugin extends eu.remhub.portal.api.PortalPlugin {
              public BoomPlugin(eu.remhub.portal.api.PluginContext context) {
                super(context);
              }

              @Override
              public void start() {
                throw new IllegalStateException("boom is not configured");
              }
            }
            """)
        .build(plugins);
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      PluginWrapper boom = manager.getPlugin("boom");
      assertThat(boom.getPluginState()).isEqualTo(PluginState.FAILED);
      assertThat(boom.getFailedException()).hasMessage("boom is not configured");
      assertThat(manager.getPlugin("hello").getPluginState()).isEqualTo(PluginState.STARTED);
    }
  }

  @Test
  void pluginWhoseMigrationTouchesAForeignTable_isMarkedFailed() throws IOException {
    HelloPluginSources.helloPlugin()
        .resource(
            "db/migration/hello/V2__steal.sql", "ALTER TABLE person ADD COLUMN hello VARCHAR(10);")
        .build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      PluginWrapper hello = manager.getPlugin("hello");
      assertThat(hello.getPluginState()).isEqualTo(PluginState.FAILED);
      assertThat(hello.getFailedException()).hasStackTraceContaining("V2__steal.sql");
    }
  }

  @Test
  void jarForAnotherContractVersion_whenNotChecked_isNotStartedAndToldWhy() throws IOException {
    // What the portal's runtime does with such a jar found in its plugins folder.
    HelloPluginSources.helloPlugin().requires(">=2.0.0 & <3.0.0").build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins, null)) {
      manager.loadPlugins();
      manager.startPlugins();

      PluginWrapper hello = manager.getPlugin("hello");
      assertThat(hello.getPluginState()).isNotEqualTo(PluginState.STARTED);
      assertThat(hello.getFailedException())
          .hasMessage(
              "hello needs contract version >=2.0.0 & <3.0.0 but this portal offers "
                  + PortalApi.VERSION
                  + ".");
      assertThat(manager.startPlugin("hello")).isNotEqualTo(PluginState.STARTED);
      assertThat(hello.getFailedException()).hasMessageContaining("needs contract version");
    }
  }

  @Test
  void jarBundlingItsOwnCopyOfTheContract_whenNotChecked_stillMatchesThePortalsTypes()
      throws IOException {
    // The upload check refuses such a jar; the contract-first class loader is the second line,
    // for a jar that reaches PF4J some other way.
    PluginJarBuilder jar = HelloPluginSources.helloPlugin();
    for (Class<?> contractType :
        List.of(RouteContributor.class, PortalPlugin.class, PluginContext.class)) {
      jar.resource(classFile(contractType), classBytes(contractType));
    }
    jar.build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins, null)) {
      manager.loadPlugins();
      manager.startPlugins();

      ClassLoader pluginLoader = manager.getPluginClassLoader("hello");
      assertThat(pluginLoader.getResource(classFile(RouteContributor.class))).isNotNull();
      assertThat(manager.getPlugin("hello").getPluginState()).isEqualTo(PluginState.STARTED);
      assertThat(manager.getExtensions(RouteContributor.class))
          .extracting(RouteContributor::id)
          .containsExactly("routes-with-context-of-hello");
    }
  }

  @Test
  void pluginClass_isCreatedWithItsContext_andExtensionsOncePerLoad() throws IOException {
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      PortalPlugin plugin = (PortalPlugin) manager.getPlugin("hello").getPlugin();
      assertThat(plugin.context()).isSameAs(manager.context("hello"));
      assertThat(manager.getExtensions(RouteContributor.class).get(0))
          .isSameAs(manager.getExtensions(RouteContributor.class).get(0));
    }
  }

  @Test
  void pluginClassWithoutAContextConstructor_failsNamingTheClass() throws IOException {
    PluginJarBuilder.plugin("bare", "1.0.0")
        .requires(">=1.0.0")
        .pluginClass("com.example.bare.BarePlugin")
        .source(
            "com.example.bare.BarePlugin",
            """
            package com.example.bare;

            public class BarePlugin extends eu.remhub.portal.api.PortalPlugin {
              public BarePlugin() {
                super(null);
              }
            }
            """)
        .build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      PluginWrapper bare = manager.getPlugin("bare");
      assertThat(bare.getPluginState()).isEqualTo(PluginState.FAILED);
      assertThat(bare.getFailedException())
          .hasMessage(
              "com.example.bare.BarePlugin needs a public constructor taking a PluginContext");
    }
  }

  static String classFile(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  static byte[] classBytes(Class<?> type) throws IOException {
    try (InputStream in = type.getClassLoader().getResourceAsStream(classFile(type))) {
      return in.readAllBytes();
    }
  }
}
