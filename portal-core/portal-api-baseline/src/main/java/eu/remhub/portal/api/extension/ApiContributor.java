package eu.remhub.portal.api.extension;

import eu.remhub.portal.api.web.ApiEndpoint;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Adds HTTP endpoints under {@code /api/v1/}. The portal asks for them when the plugin is enabled;
 * they answer 404 while it is disabled. Handlers run on the portal's request threads, concurrently.
 *
 * @since 1.0.0
 */
public interface ApiContributor extends ExtensionPoint {

  /**
   * A stable id for this contributor, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * The endpoints to add.
   *
   * @return the endpoints; method and path are unique across the portal
   */
  List<ApiEndpoint> endpoints();
}
