package eu.remhub.plugin.hello;

import eu.remhub.plugin.hello.ui.GreetingsView;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's one page, with its menu entry. {@code @Extension} puts the class into the jar's
 * extension index, which is how PF4J finds it.
 */
@Extension
public class HelloRoutes implements RouteContributor {

  /** The page's path under the portal. */
  public static final String PATH = "hello-world";

  @Override
  public String id() {
    return "hello-world-routes";
  }

  @Override
  public List<RouteContribution> routes() {
    // Signed-in people read the guestbook; the view also carries @PermitAll, as Access asks.
    return List.of(
        RouteContribution.builder(PATH, GreetingsView.class)
            .access(Access.authenticated())
            .menu("hello-world.menu", "vaadin:comment", 900)
            .build());
  }
}
