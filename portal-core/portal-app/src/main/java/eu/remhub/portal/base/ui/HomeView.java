package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.api.extension.DashboardWidget;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import eu.remhub.portal.plugin.PluginService;
import eu.remhub.portal.security.CurrentPerson;
import java.util.Comparator;
import java.util.Map;

/** The home page: what the hub is, its members in figures, and the widgets of enabled plugins. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

  public HomeView(MemberRepository members, PluginService plugins, Navigation navigation, CurrentPerson currentPerson) {
    addClassName("remhub-page");
    add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));

    var organisations = members.approvedOrganisations();
    long countries = organisations.stream().map(Organisation::country).distinct().count();
    long segments = organisations.stream().map(Organisation::segment).distinct().count();
    Div figures = new Div(
        figure(organisations.size(), "home.figure.organisations"),
        figure(countries, "home.figure.countries"),
        figure(segments, "home.figure.segments"));
    figures.addClassName("remhub-card-grid");
    add(figures);

    var user = currentPerson.get();
    Div widgets = new Div();
    widgets.addClassName("remhub-card-grid");
    plugins.dashboardWidgets().entrySet().stream()
        .filter(e -> navigation.admits(e.getKey().access(), user))
        .sorted(Comparator.comparingInt(e -> e.getKey().order()))
        .forEach(e -> widgets.add(widget(e, plugins)));
    if (widgets.getComponentCount() > 0) {
      add(new H2(getTranslation("home.widgets")), widgets);
    }
  }

  private Component widget(Map.Entry<DashboardWidget, String> entry, PluginService plugins) {
    Div card = new Div();
    card.addClassName("remhub-card");
    card.add(new H2(getTranslation(entry.getKey().titleKey())));
    Component content = plugins.guarded(entry.getValue(), "widget " + entry.getKey().id(), () -> entry.getKey().content().get(), null);
    card.add(content != null ? content : new Paragraph(getTranslation("home.widget.failed")));
    return card;
  }

  private Component figure(long value, String labelKey) {
    Span number = new Span(Long.toString(value));
    number.addClassName("remhub-kpi-value");
    Span label = new Span(getTranslation(labelKey));
    label.addClassName("remhub-kpi-label");
    Div figure = new Div(number, label);
    figure.addClassNames("remhub-card", "remhub-figure");
    return figure;
  }

  @Override
  public String getPageTitle() {
    return "REMHub";
  }
}
