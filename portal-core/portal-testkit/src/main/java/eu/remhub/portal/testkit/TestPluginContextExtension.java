package eu.remhub.portal.testkit;

import eu.remhub.portal.api.PluginContext;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@link TestPluginContext}, installed for the test class's class loader so
 * that {@code PluginContexts.of(getClass())} finds it, and closes it after the test.
 *
 * <pre>{@code
 * class PassportServiceTest {
 *   @RegisterExtension
 *   final TestPluginContextExtension plugin =
 *       TestPluginContextExtension.forPlugin("passport").migrated();
 *
 *   @Test
 *   void publishedPassport_isSearchable() {
 *     new PassportService(plugin.context()).publish(...);
 *     assertThat(plugin.context().search().documents()).hasSize(1);
 *   }
 * }
 * }</pre>
 *
 * <p>Test methods may also declare a {@link TestPluginContext} or {@link PluginContext} parameter.
 *
 * @since 1.0.0
 */
public final class TestPluginContextExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final String pluginId;
  private final boolean migrated;
  private TestPluginContext context;

  private TestPluginContextExtension(String pluginId, boolean migrated) {
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.migrated = migrated;
  }

  /**
   * An extension for a plugin, with an empty database.
   *
   * @param pluginId the plugin id
   * @return the extension
   */
  public static TestPluginContextExtension forPlugin(String pluginId) {
    return new TestPluginContextExtension(pluginId, false);
  }

  /**
   * The same extension, but running the plugin's migrations before each test.
   *
   * @return a new extension
   */
  public TestPluginContextExtension migrated() {
    return new TestPluginContextExtension(pluginId, true);
  }

  /**
   * The context of the running test.
   *
   * @return the context
   * @throws IllegalStateException outside a test
   */
  public TestPluginContext context() {
    if (context == null) {
      throw new IllegalStateException("The plugin context exists only while a test runs");
    }
    return context;
  }

  @Override
  public void beforeEach(ExtensionContext extensionContext) {
    ClassLoader loader = extensionContext.getRequiredTestClass().getClassLoader();
    context = new TestPluginContext(pluginId).installFor(loader);
    if (migrated) {
      context.jdbc().migrate(loader);
    }
  }

  @Override
  public void afterEach(ExtensionContext extensionContext) {
    if (context != null) {
      try {
        context.close();
      } finally {
        context = null;
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extensionContext) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestPluginContext.class || type == PluginContext.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extensionContext) {
    return context();
  }
}
