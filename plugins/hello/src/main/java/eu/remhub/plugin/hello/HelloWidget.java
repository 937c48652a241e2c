package eu.remhub.plugin.hello;

import com.vaadin.flow.component.html.Paragraph;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.DashboardWidget;
import eu.remhub.portal.api.extension.DashboardWidgetContributor;
import java.util.List;
import org.pf4j.Extension;

/** A dashboard card with the latest greeting, for signed-in people. */
@Extension
public class HelloWidget implements DashboardWidgetContributor {

  private final GreetingStore store;

  /**
   * Created by the portal, which passes the plugin's context.
   *
   * @param context the plugin's context
   */
  public HelloWidget(PluginContext context) {
    this.store = new GreetingStore(context);
  }

  @Override
  public String id() {
    return "hello-world-widget";
  }

  @Override
  public List<DashboardWidget> widgets() {
    // The supplier runs each time a dashboard opens, so the card shows the greeting of that moment.
    return List.of(
        DashboardWidget.builder(
                "hello-world-latest",
                () -> {
                  Paragraph latest = new Paragraph();
                  latest.setText(
                      store.latest(1).stream()
                          .findFirst()
                          .map(g -> "“" + g.message() + "” (" + g.author() + ")")
                          .orElseGet(() -> latest.getTranslation("hello-world.empty")));
                  return latest;
                })
            .titleKey("hello-world.widget")
            .access(Access.authenticated())
            .order(900)
            .build());
  }
}
