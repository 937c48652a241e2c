package eu.remhub.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.search.SearchHit;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.SearchResult.FacetValue;
import eu.remhub.portal.search.SearchService;
import eu.remhub.portal.search.Viewer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results page, {@code search?q=…}: hits with highlighted passages, facets with counts to
 * narrow them, paging and sorting, and an empty state that says what to try. Everything it shows is
 * what the person looking may see; the query decides that, not this view.
 */
@Route(value = "search", layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final List<String> EXAMPLES =
      List.of("NdFeB", "recycling", "Jülich", "\"grain boundary diffusion\"");

  private final transient SearchService search;
  private final TextField queryField = new TextField();
  private final Select<SearchQuery.Sort> sortSelect = new Select<>();
  private final Paragraph summary = new Paragraph();
  private final Div facets = new Div();
  private final Div results = new Div();
  private final HorizontalLayout pager = new HorizontalLayout();
  private SearchQuery current = SearchQuery.of("");
  private SearchResult result = SearchResult.empty(current);

  public SearchView(SearchService search) {
    this.search = search;
    addClassName("remhub-page");
    addClassName("remhub-search-page");

    queryField.setId("search-query");
    queryField.setPlaceholder(getTranslation("header.search.placeholder"));
    queryField.setPrefixComponent(VaadinIcon.SEARCH.create());
    queryField.setClearButtonVisible(true);
    queryField.setAriaLabel(getTranslation("search.title"));
    queryField.setWidthFull();
    queryField.addKeyDownListener(Key.ENTER, e -> go(current(queryField.getValue()).withPage(1)));
    Button submit =
        new Button(
            getTranslation("search.submit"), e -> go(current(queryField.getValue()).withPage(1)));
    submit.setId("search-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    sortSelect.setId("search-sort");
    sortSelect.setLabel(getTranslation("search.sort"));
    sortSelect.setItems(SearchQuery.Sort.values());
    sortSelect.setItemLabelGenerator(
        s -> getTranslation("search.sort." + s.name().toLowerCase(java.util.Locale.ROOT)));
    sortSelect.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            go(current.withSort(e.getValue()).withPage(1));
          }
        });

    HorizontalLayout bar = new HorizontalLayout(queryField, submit, sortSelect);
    bar.setWidthFull();
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.expand(queryField);

    summary.setId("search-summary");
    facets.setId("search-facets");
    facets.addClassName("remhub-search-facets");
    facets.getStyle().set("flex", "0 0 15rem").set("min-width", "12rem");
    results.setId("search-results");
    results.addClassName("remhub-search-results");
    pager.setId("search-pager");
    pager.setAlignItems(FlexComponent.Alignment.CENTER);

    Div main = new Div(summary, results, pager);
    main.addClassName("remhub-search-main");
    HorizontalLayout columns = new HorizontalLayout(facets, main);
    columns.setWidthFull();
    columns.setAlignItems(FlexComponent.Alignment.START);
    columns.setFlexGrow(1, main);
    add(new H1(getTranslation("search.title")), bar, columns);
  }

  /** The relative link to the results for a text. */
  public static String link(String text) {
    return text.isBlank()
        ? "search"
        : "search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
    current = SearchUrl.parse(params);
    queryField.setValue(current.text());
    sortSelect.setValue(current.sort());
    result = search.search(current);
    render();
  }

  @Override
  public String getPageTitle() {
    return (current.text().isBlank() ? getTranslation("search.title") : current.text())
        + " · REMHub";
  }

  SearchQuery query() {
    return current;
  }

  SearchResult result() {
    return result;
  }

  private SearchQuery current(String text) {
    return new SearchQuery(text, current.filters(), 1, current.pageSize(), current.sort());
  }

  private void go(SearchQuery next) {
    UI.getCurrent().navigate(SearchView.class, new QueryParameters(SearchUrl.parameters(next)));
  }

  // ------------------------------------------------------------------ rendering

  private void render() {
    results.removeAll();
    facets.removeAll();
    pager.removeAll();
    boolean filtered = !current.filters().isEmpty();
    if (result.total() == 0) {
      summary.setText("");
      results.add(emptyState(filtered));
      facets.setVisible(filtered);
      if (filtered) {
        renderFacets();
      }
      return;
    }
    facets.setVisible(true);
    summary.setText(
        current.text().isBlank()
            ? getTranslation("search.summary.all", result.total())
            : getTranslation("search.summary", result.total(), current.text()));
    for (SearchHit hit : result.hits()) {
      results.add(hit(hit));
    }
    renderFacets();
    renderPager();
  }

  private Component hit(SearchHit hit) {
    Div card = new Div();
    card.addClassName("remhub-search-hit");
    card.getStyle()
        .set("padding", "var(--lumo-space-s) 0")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    card.getElement().setAttribute("data-type", hit.type());
    Span type = new Span(SearchLabels.type(this, hit.type()));
    type.addClassName("remhub-search-hit-type");
    type.getElement().getThemeList().add("badge");
    Anchor title =
        new Anchor(hit.url().startsWith("/") ? hit.url().substring(1) : hit.url(), hit.title());
    title.addClassName("remhub-search-hit-title");
    H3 heading = new H3(title);
    heading.getStyle().set("margin", "var(--lumo-space-xs) 0");
    card.add(type, heading);
    if (!hit.snippet().isBlank()) {
      // The snippet is escaped by the search (every character of the document); only <mark> is
      // markup.
      Html snippet = new Html("<p class=\"remhub-search-snippet\">" + hit.snippet() + "</p>");
      card.add(snippet);
    }
    if (hit.updated().toEpochMilli() > 0) {
      Span when =
          new Span(
              DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                  .withLocale(getLocale())
                  .withZone(ZoneId.systemDefault())
                  .format(hit.updated()));
      when.addClassName("remhub-search-hit-date");
      when.getStyle()
          .set("color", "var(--lumo-secondary-text-color)")
          .set("font-size", "var(--lumo-font-size-s)");
      card.add(when);
    }
    return card;
  }

  private void renderFacets() {
    for (String facet : SearchQuery.FACETS) {
      List<FacetValue> values = result.facets().getOrDefault(facet, List.of());
      Set<String> chosen = current.filters().getOrDefault(facet, Set.of());
      if (values.isEmpty() && chosen.isEmpty()) {
        continue;
      }
      Div group = new Div();
      group.addClassName("remhub-search-facet");
      group.setId("facet-" + facet);
      group.add(new H3(SearchLabels.facet(this, facet)));
      Set<String> shown = new HashSet<>();
      for (FacetValue v : values) {
        shown.add(v.value());
        group.add(facetBox(facet, v.value(), v.count(), chosen.contains(v.value())));
      }
      for (String c : chosen) {
        if (!shown.contains(c)) {
          group.add(facetBox(facet, c, 0, true));
        }
      }
      facets.add(group);
    }
    if (!current.filters().isEmpty()) {
      Button clear =
          new Button(
              getTranslation("search.filters.clear"),
              e ->
                  go(
                      new SearchQuery(
                          current.text(), Map.of(), 1, current.pageSize(), current.sort())));
      clear.setId("search-clear-filters");
      clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      facets.add(clear);
    }
  }

  private Checkbox facetBox(String facet, String value, long count, boolean checked) {
    Checkbox box =
        new Checkbox(SearchLabels.value(this, facet, value) + " (" + count + ")", checked);
    box.getElement().setAttribute("data-value", value);
    box.addValueChangeListener(
        e -> {
          if (!e.isFromClient()) {
            return;
          }
          Map<String, Set<String>> next = new LinkedHashMap<>(current.filters());
          Set<String> values = new HashSet<>(next.getOrDefault(facet, Set.of()));
          if (e.getValue()) {
            values.add(value);
          } else {
            values.remove(value);
          }
          if (values.isEmpty()) {
            next.remove(facet);
          } else {
            next.put(facet, values);
          }
          go(new SearchQuery(current.text(), next, 1, current.pageSize(), current.sort()));
        });
    return box;
  }

  private void renderPager() {
    int pages = result.pages();
    if (pages <= 1) {
      return;
    }
    Button previous =
        new Button(
            getTranslation("search.previous"), e -> go(current.withPage(current.page() - 1)));
    previous.setId("search-previous");
    previous.setEnabled(current.page() > 1);
    Button next =
        new Button(getTranslation("search.next"), e -> go(current.withPage(current.page() + 1)));
    next.setId("search-next");
    next.setEnabled(current.page() < pages);
    Span where = new Span(getTranslation("search.page", current.page(), pages));
    where.setId("search-page");
    pager.add(previous, where, next);
  }

  private Component emptyState(boolean filtered) {
    Div empty = new Div();
    empty.setId("search-empty");
    empty.addClassName("remhub-search-empty");
    if (current.text().isBlank() && !filtered) {
      empty.add(new H2(getTranslation("search.empty.start")));
    } else {
      empty.add(new H2(getTranslation("search.empty.title", current.text())));
    }
    UnorderedList tips = new UnorderedList();
    if (filtered) {
      tips.add(new ListItem(getTranslation("search.empty.tip.filters")));
    }
    if (!current.text().isBlank()) {
      tips.add(new ListItem(getTranslation("search.empty.tip.spelling")));
      tips.add(new ListItem(getTranslation("search.empty.tip.fewer")));
    }
    if (search.currentViewer().kind() == Viewer.Kind.ANONYMOUS) {
      tips.add(new ListItem(getTranslation("search.empty.tip.signin")));
    }
    empty.add(tips);
    Paragraph examples = new Paragraph(getTranslation("search.empty.examples") + " ");
    List<Component> links = new ArrayList<>();
    for (String example : EXAMPLES) {
      Anchor a = new Anchor(link(example), example);
      a.addClassName("remhub-search-example");
      links.add(a);
    }
    for (int i = 0; i < links.size(); i++) {
      examples.add(links.get(i));
      if (i < links.size() - 1) {
        examples.add(new Span(" · "));
      }
    }
    empty.add(examples);
    return empty;
  }
}
