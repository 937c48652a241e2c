package eu.remhub.portal.search.ui;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.base.ui.HeaderContribution;
import eu.remhub.portal.search.SearchService;

/** Puts the search box into the header of every frame. */
@org.springframework.stereotype.Component
class HeaderSearchContribution implements HeaderContribution {

  private final SearchService search;

  HeaderSearchContribution(SearchService search) {
    this.search = search;
  }

  @Override
  public Component create() {
    return new HeaderSearchBox(search);
  }
}
