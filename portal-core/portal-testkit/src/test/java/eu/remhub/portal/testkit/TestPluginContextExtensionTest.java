package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestPluginContextExtensionTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("kit-test").migrated();

  @Test
  void classesOfTheTestsClassLoader_findTheContext() {
    assertThat(PluginContexts.of(getClass())).isSameAs(plugin.context());
  }

  @Test
  void migratedExtension_hasRunTheMigrations() {
    assertThat(plugin.context().jdbc().appliedMigrations()).hasSize(3);
  }

  @Test
  void testMethod_mayAskForTheContext(PluginContext asContract, TestPluginContext asTestKit) {
    assertThat(asContract).isSameAs(plugin.context()).isSameAs(asTestKit);
  }
}
