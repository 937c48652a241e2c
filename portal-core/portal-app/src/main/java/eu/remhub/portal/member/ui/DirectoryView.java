package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.DirectoryFilter;
import eu.remhub.portal.member.Material;
import eu.remhub.portal.member.OrganisationProfile;
import eu.remhub.portal.member.OrganisationService;
import eu.remhub.portal.member.ValueChainSegment;
import java.util.stream.Collectors;

/**
 * The member directory: approved organisations with filters for country, segment and material.
 * Visitors see public fields; members see members-only fields too. Filters apply in the query.
 */
@Menu(title = "nav.directory", order = 100, icon = "vaadin:factory")
@Route(value = "organisations", layout = MainLayout.class)
@AnonymousAllowed
public class DirectoryView extends Div implements HasDynamicTitle {

  static final int PAGE = 60;

  private final transient OrganisationService organisations;
  private final ComboBox<String> country;
  private final ComboBox<ValueChainSegment> segment = new ComboBox<>();
  private final ComboBox<Material> material = new ComboBox<>();
  private final TextField text = new TextField();
  private final Span count = new Span();
  private final FlexLayout cards = new FlexLayout();

  public DirectoryView(OrganisationService organisations) {
    this.organisations = organisations;
    addClassName("remhub-page");
    country = Choices.country(this, getTranslation("directory.country"));
    country.setId("directory-country");
    segment.setLabel(getTranslation("directory.segment"));
    segment.setItems(ValueChainSegment.values());
    segment.setItemLabelGenerator(s -> getTranslation(s.titleKey()));
    segment.setId("directory-segment");
    material.setLabel(getTranslation("directory.material"));
    material.setItems(Material.values());
    material.setItemLabelGenerator(Material::label);
    material.setId("directory-material");
    text.setLabel(getTranslation("directory.search"));
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    text.setId("directory-text");
    for (var box : new ComboBox<?>[] {country, segment, material}) {
      box.setClearButtonVisible(true);
      box.addValueChangeListener(e -> refresh());
    }
    text.addValueChangeListener(e -> refresh());
    HorizontalLayout filters = new HorizontalLayout(text, country, segment, material);
    filters.setWrap(true);
    count.setId("directory-count");
    cards.setId("directory-cards");
    cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    cards.addClassName("remhub-card-grid");
    add(
        new H1(getTranslation("directory.title")),
        new Paragraph(getTranslation("directory.intro")),
        filters,
        count,
        cards);
    refresh();
  }

  private void refresh() {
    var page =
        organisations.directory(
            new DirectoryFilter(
                country.getValue(), segment.getValue(), material.getValue(), text.getValue()),
            0,
            PAGE);
    count.setText(
        page.total() == 0
            ? getTranslation("directory.empty")
            : getTranslation("directory.count", page.total()));
    cards.removeAll();
    page.organisations().forEach(o -> cards.add(card(o)));
  }

  private Component card(OrganisationProfile o) {
    Div card = new Div();
    card.addClassName("remhub-card");
    card.getElement().setAttribute("data-organisation", Long.toString(o.id()));
    Anchor name = new Anchor("organisations/" + o.id(), o.shortName());
    card.add(new H3(name));
    if (o.country() != null) {
      card.add(
          new Paragraph(
              Choices.countryName(o.country(), getLocale())
                  + (o.city() == null || o.city().isBlank() ? "" : " · " + o.city())));
    }
    if (o.segments() != null && !o.segments().isEmpty()) {
      card.add(
          new Paragraph(
              o.segments().stream()
                  .map(s -> getTranslation(s.titleKey()))
                  .collect(Collectors.joining(", "))));
    }
    if (o.materials() != null && !o.materials().isEmpty()) {
      card.add(
          new Paragraph(
              o.materials().stream().map(Material::label).collect(Collectors.joining(" · "))));
    }
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("directory.title") + " · REMHub";
  }
}
