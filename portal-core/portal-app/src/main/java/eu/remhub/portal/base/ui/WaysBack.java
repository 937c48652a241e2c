package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** The links out of an error page: the home page and the search. */
final class WaysBack {

  private WaysBack() {}

  static Div create(Component page) {
    Div links = new Div();
    links.addClassName("remhub-error-links");
    Anchor home = new Anchor("", page.getTranslation("error.back.home"));
    Anchor search = new Anchor("search", page.getTranslation("error.back.search"));
    home.getElement().setAttribute("router-link", true);
    search.getElement().setAttribute("router-link", true);
    links.add(home, search);
    return links;
  }
}
