package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Makes a component for the header, between the logo and the account menu (the search box is one).
 * The layout asks each contribution once per frame, in bean order, and gives the new components the
 * header's free width; a feature contributes by declaring a bean, and the shell never names it.
 */
@FunctionalInterface
public interface HeaderContribution {

  /**
   * The class name of a component that keeps its own width (an icon button) instead of sharing the
   * header's free width.
   */
  String COMPACT = "remhub-header-compact";

  /** A new component for one layout. */
  Component create();
}
