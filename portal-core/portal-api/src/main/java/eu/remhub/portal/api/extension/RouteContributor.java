package eu.remhub.portal.api.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Adds views to the portal: each {@link RouteContribution} becomes a route inside the portal's
 * layout, with an optional entry in the side navigation.
 *
 * <p>The portal asks for the routes when the plugin is enabled and registers them for every open
 * UI; when the plugin is disabled they are removed again. Called on the plugin lifecycle thread.
 *
 * @since 1.0.0
 */
public interface RouteContributor extends ExtensionPoint {

  /**
   * A stable id for this contributor, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * The routes to add.
   *
   * @return the routes; paths are unique across the portal
   */
  List<RouteContribution> routes();
}
