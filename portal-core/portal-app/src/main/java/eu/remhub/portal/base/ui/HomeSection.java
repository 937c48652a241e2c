package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.CurrentUser;
import java.util.List;
import java.util.Optional;

/**
 * A part of the home page below its introduction, such as the members in figures or the widgets of
 * enabled plugins. Features contribute sections as beans; the home page shows them by {@link
 * #order()} and never names a feature.
 */
public interface HomeSection {

  /** Where the section goes, lower first. */
  int order();

  /**
   * New components of the section for the person looking (empty for a visitor); none to leave it
   * out.
   */
  List<Component> create(Optional<CurrentUser> user);
}
