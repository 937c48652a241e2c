package eu.remhub.portal.plugin;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.base.ui.ContributedViews;
import eu.remhub.portal.base.ui.NavItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The views of enabled plugins as the shell sees them: their menu entries, whether a view is still
 * served, and a signal when plugins change.
 */
@org.springframework.stereotype.Component
class PluginMenuEntries implements ContributedViews {

  private final PluginRoutes routes;
  private final PluginService plugins;

  PluginMenuEntries(PluginRoutes routes, PluginService plugins) {
    this.routes = routes;
    this.plugins = plugins;
  }

  @Override
  public List<NavItem> menuEntries() {
    List<NavItem> items = new ArrayList<>();
    for (PluginRoutes.Binding b : routes.all()) {
      b.route()
          .menuEntry()
          .ifPresent(
              m ->
                  items.add(
                      new NavItem(
                          b.route().path(),
                          b.route().view(),
                          m.titleKey(),
                          m.icon(),
                          m.order(),
                          b.route().access(),
                          b.pluginId())));
    }
    return items;
  }

  @Override
  public boolean serves(Class<? extends Component> view) {
    return routes.bindingFor(view).isPresent();
  }

  @Override
  public Runnable onChange(Runnable listener) {
    return plugins.onChange(listener);
  }
}
