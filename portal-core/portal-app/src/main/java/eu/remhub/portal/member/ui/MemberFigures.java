package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.base.ui.HomeSection;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import java.util.List;
import java.util.Optional;

/** The home page's figures: approved organisations, their countries and their segments. */
@org.springframework.stereotype.Component
class MemberFigures implements HomeSection {

  private final MemberRepository members;

  MemberFigures(MemberRepository members) {
    this.members = members;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<Component> create(Optional<CurrentUser> user) {
    var organisations = members.approvedOrganisations();
    long countries = organisations.stream().map(Organisation::country).distinct().count();
    long segments = organisations.stream().map(Organisation::segment).distinct().count();
    Div figures =
        new Div(
            figure(organisations.size(), "home.figure.organisations"),
            figure(countries, "home.figure.countries"),
            figure(segments, "home.figure.segments"));
    figures.addClassName("remhub-card-grid");
    return List.of(figures);
  }

  private static Component figure(long value, String labelKey) {
    Span number = new Span(Long.toString(value));
    number.addClassName("remhub-kpi-value");
    Span label = new Span(I18NProvider.translate(labelKey));
    label.addClassName("remhub-kpi-label");
    Div figure = new Div(number, label);
    figure.addClassNames("remhub-card", "remhub-figure");
    return figure;
  }
}
