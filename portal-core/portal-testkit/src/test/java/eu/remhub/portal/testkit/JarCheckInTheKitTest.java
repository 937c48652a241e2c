package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalApi;
import eu.remhub.portal.runtime.jar.PluginJarRefusedException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;

/** The kit refuses, in the portal's words, a jar that the portal would refuse at upload. */
class JarCheckInTheKitTest {

  @TempDir Path plugins;

  @Test
  void jarBundlingTheContract_isRefusedAsAtUpload() throws IOException {
    String contractClass = TestPluginManagerTest.classFile(PluginContext.class);
    HelloPluginSources.helloPlugin()
        .resource(contractClass, TestPluginManagerTest.classBytes(PluginContext.class))
        .build(plugins);

    // The builder writes folder entries first, so the portal names the first folder of the copy.
    assertRefused(
        "hello-1.0.0.jar: The jar carries portal classes (eu/remhub/portal/): declare portal-api"
            + " as 'provided' so that the plugin uses the portal's copy.");
  }

  @Test
  void jarForAnotherContractRange_isRefusedAsAtUpload() throws IOException {
    HelloPluginSources.helloPlugin().requires(">=2.0.0 & <3.0.0").build(plugins);

    assertRefused(
        "hello-1.0.0.jar: hello needs contract version >=2.0.0 & <3.0.0 but this portal offers "
            + PortalApi.VERSION
            + ".");
  }

  @Test
  void jarWithABadId_isRefusedAsAtUpload() throws IOException {
    PluginJarBuilder.plugin("Pilot_Calls", "1.0.0")
        .requires(">=1.0.0 & <2.0.0")
        .pluginClass(HelloPluginSources.PLUGIN_CLASS)
        .source(HelloPluginSources.PLUGIN_CLASS, HelloPluginSources.PLUGIN)
        .build(plugins);

    assertRefused(
        "Pilot_Calls-1.0.0.jar: Plugin-Id 'Pilot_Calls' is not valid: use lower-case letters,"
            + " digits and single dashes, start with a letter, at most 64 characters ('core' is"
            + " reserved).");
  }

  @Test
  void jarWithoutAContractRange_isRefusedAsAtUpload() throws IOException {
    PluginJarBuilder.plugin("calls", "1.0.0")
        .pluginClass(HelloPluginSources.PLUGIN_CLASS)
        .source(HelloPluginSources.PLUGIN_CLASS, HelloPluginSources.PLUGIN)
        .build(plugins);

    assertRefused(
        "calls-1.0.0.jar: calls does not say which contract versions it needs: add"
            + " Plugin-Requires, for example '>=1.0.0 & <2.0.0'.");
  }

  @Test
  void jarThePortalAccepts_loadsAndStarts() throws IOException {
    HelloPluginSources.helloPlugin().build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      assertThat(manager.getPlugin("hello").getPluginState()).isEqualTo(PluginState.STARTED);
    }
  }

  private void assertRefused(String message) {
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      assertThatThrownBy(manager::loadPlugins)
          .isInstanceOf(PluginJarRefusedException.class)
          .hasMessage(message);
      assertThat(manager.getPlugins()).isEmpty();
    }
  }
}
