package eu.remhub.portal.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import eu.remhub.portal.search.SearchService;
import eu.remhub.portal.search.Suggestion;
import java.util.List;
import java.util.Map;

/**
 * The search box in the header: as someone types, titles they may see drop down under it; Enter
 * opens the results page. One per frame, made by {@link HeaderSearchContribution}.
 */
public class HeaderSearchBox extends Div {

  static final int SUGGESTIONS = 8;

  private final transient SearchService search;
  private final TextField field = new TextField();
  private final Popover popover = new Popover();
  private final Div list = new Div();

  public HeaderSearchBox(SearchService search) {
    this.search = search;
    addClassName("remhub-search-box");
    field.setPlaceholder(getTranslation("header.search.placeholder"));
    field.setPrefixComponent(VaadinIcon.SEARCH.create());
    field.setClearButtonVisible(true);
    field.addClassName("remhub-search");
    field.setId("header-search");
    field.setAriaLabel(getTranslation("header.search.placeholder"));
    field.setWidthFull();
    field.setValueChangeMode(ValueChangeMode.EAGER);
    field.addValueChangeListener(e -> suggest(e.getValue()));
    field.addKeyDownListener(Key.ENTER, e -> submit());
    field.addKeyDownListener(Key.ESCAPE, e -> popover.close());

    list.setId("header-suggestions");
    list.addClassName("remhub-suggestions");
    list.getElement().setAttribute("role", "listbox");
    list.getStyle()
        .set("display", "flex")
        .set("flex-direction", "column")
        .set("gap", "var(--lumo-space-xs)")
        .set("min-width", "20rem");
    popover.setTarget(field);
    popover.setPosition(PopoverPosition.BOTTOM_START);
    popover.setOpenOnClick(false);
    popover.setOpenOnFocus(false);
    popover.setOpenOnHover(false);
    popover.setAutofocus(false);
    popover.setModal(false);
    popover.add(list);
    add(field, popover);
  }

  TextField field() {
    return field;
  }

  /** The suggestions on show, for tests. */
  List<Anchor> suggestions() {
    return list.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
  }

  boolean suggestionsOpen() {
    return popover.isOpened();
  }

  private void suggest(String typed) {
    list.removeAll();
    List<Suggestion> found =
        typed == null || typed.isBlank() ? List.of() : search.suggest(typed, SUGGESTIONS);
    for (Suggestion s : found) {
      Anchor a = new Anchor(s.url().startsWith("/") ? s.url().substring(1) : s.url());
      a.addClassName("remhub-suggestion");
      a.getElement().setAttribute("role", "option");
      Span title = new Span(s.title());
      Span type = new Span(SearchLabels.type(this, s.type()));
      type.addClassName("remhub-suggestion-type");
      type.getStyle()
          .set("margin-left", "var(--lumo-space-s)")
          .set("color", "var(--lumo-secondary-text-color)")
          .set("font-size", "var(--lumo-font-size-s)");
      a.add(title, type);
      list.add(a);
    }
    if (!found.isEmpty()) {
      Anchor all =
          new Anchor(
              SearchView.link(typed.strip()), getTranslation("search.suggest.all", typed.strip()));
      all.addClassName("remhub-suggestion-all");
      list.add(all);
    }
    if (found.isEmpty()) {
      popover.close();
    } else {
      popover.open();
    }
  }

  private void submit() {
    String q = field.getValue() == null ? "" : field.getValue().strip();
    popover.close();
    UI.getCurrent()
        .navigate(
            "search",
            q.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of("q", q)));
  }
}
