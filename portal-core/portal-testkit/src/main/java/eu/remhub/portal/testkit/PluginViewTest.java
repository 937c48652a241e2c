package eu.remhub.portal.testkit;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base class for browserless tests of plugin views: Vaadin's {@link BrowserlessTest} (a UI in
 * memory, no browser, no servlet container) plus a fresh {@link TestPluginContext} per test, found
 * by the views through {@code PluginContexts.of(getClass())}.
 *
 * <p>Plugin views carry no {@code @Route}; {@link #register(RouteContributor)} adds the plugin's
 * routes the way the portal does, after checking them with {@link RouteContributionCheck}. Then
 * navigate and use the testers as in any browserless test:
 *
 * <pre>{@code
 * class GreetingViewTest extends PluginViewTest {
 *   GreetingViewTest() {
 *     super("hello");
 *   }
 *
 *   @Test
 *   void greetingView_greetsThePersonSignedIn() {
 *     context().signIn(new CurrentUser(1, "ana@example.eu", "Ana", 7, Set.of(Roles.MEMBER), null));
 *     register(new HelloRoutes());
 *     GreetingView view = navigate("hello", GreetingView.class);
 *     assertThat(test(view.greeting()).getText()).isEqualTo("Hello, Ana");
 *   }
 * }
 * }</pre>
 *
 * <p>Texts come from the plugin's bundle {@code i18n/<pluginId>} through {@link
 * PluginTranslations}. Access rules are not enforced here (there is no security layer); the route
 * check makes sure the annotations that the portal relies on are present. The portal's layout is
 * not applied: views render on their own.
 *
 * @since 1.0.0
 */
public abstract class PluginViewTest extends BrowserlessTest {

  private final String pluginId;
  private TestPluginContext context;

  /**
   * Sets the plugin whose views are tested.
   *
   * @param pluginId the plugin id
   */
  protected PluginViewTest(String pluginId) {
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
  }

  /** Creates the test's plugin context; Vaadin is set up before, by the superclass. */
  @BeforeEach
  protected final void createPluginContext() {
    context = new TestPluginContext(pluginId).installFor(getClass().getClassLoader());
  }

  /** Drops the test's plugin context. */
  @AfterEach
  protected final void closePluginContext() {
    if (context != null) {
      try {
        context.close();
      } finally {
        context = null;
      }
    }
  }

  /**
   * The plugin context of the running test.
   *
   * @return the context
   */
  protected final TestPluginContext context() {
    if (context == null) {
      throw new IllegalStateException("The plugin context exists only while a test runs");
    }
    return context;
  }

  /**
   * Adds {@link PluginTranslations}, so that views show the texts of the plugin's bundle.
   *
   * @return the services Vaadin looks up in this test
   */
  @Override
  protected Set<Class<?>> lookupServices() {
    Set<Class<?>> services = new HashSet<>(super.lookupServices());
    services.add(PluginTranslations.Installer.class);
    return services;
  }

  /**
   * Checks and registers a contributor's routes for this test's session, as the portal registers
   * them when the plugin is enabled.
   *
   * @param contributor the plugin's route contributor
   * @throws AssertionError when a route breaks the portal's rules
   */
  protected final void register(RouteContributor contributor) {
    RouteContributionCheck.verify(contributor);
    RouteConfiguration routes = RouteConfiguration.forSessionScope();
    for (RouteContribution route : contributor.routes()) {
      routes.setRoute(route.path(), route.view());
    }
  }
}
