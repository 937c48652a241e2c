package eu.remhub.portal.plugin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.extension.DashboardWidget;
import eu.remhub.portal.base.ui.HomeSection;
import eu.remhub.portal.plugin.PluginService;
import eu.remhub.portal.security.AccessPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The home page's widgets of enabled plugins that the person looking may see. A widget whose plugin
 * fails shows a short note in its card instead of breaking the page.
 */
@org.springframework.stereotype.Component
class PluginWidgets implements HomeSection {

  private final PluginService plugins;
  private final AccessPolicy accessPolicy;

  PluginWidgets(PluginService plugins, AccessPolicy accessPolicy) {
    this.plugins = plugins;
    this.accessPolicy = accessPolicy;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public List<Component> create(Optional<CurrentUser> user) {
    Div widgets = new Div();
    widgets.addClassName("remhub-card-grid");
    plugins.dashboardWidgets().entrySet().stream()
        .filter(e -> accessPolicy.admits(e.getKey().access(), user))
        .sorted(Comparator.comparingInt(e -> e.getKey().order()))
        .forEach(e -> widgets.add(widget(e)));
    if (widgets.getComponentCount() == 0) {
      return List.of();
    }
    return List.of(new H2(I18NProvider.translate("home.widgets")), widgets);
  }

  private Component widget(Map.Entry<DashboardWidget, String> entry) {
    Div card = new Div();
    card.addClassName("remhub-card");
    card.add(new H2(I18NProvider.translate(entry.getKey().titleKey())));
    Component content =
        plugins.guarded(
            entry.getValue(),
            "widget " + entry.getKey().id(),
            () -> entry.getKey().content().get(),
            null);
    card.add(
        content != null ? content : new Paragraph(I18NProvider.translate("home.widget.failed")));
    return card;
  }
}
