package eu.remhub.portal.api.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Adds widgets to the portal's dashboard (members see theirs on the home page, staff on the staff
 * dashboard).
 *
 * <p>The portal asks for the widgets each time a dashboard is built, on the UI thread of the person
 * looking; a widget that throws is left out and the failure recorded against the plugin.
 *
 * @since 1.0.0
 */
public interface DashboardWidgetContributor extends ExtensionPoint {

  /**
   * A stable id for this contributor, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * The widgets to offer.
   *
   * @return the widgets
   */
  List<DashboardWidget> widgets();
}
