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

  /**
   * An OpenAPI 3.1 description of these endpoints, as a YAML or JSON document whose {@code paths}
   * are relative to {@code /api/v1/} (for example {@code /matchmaking/posts}) and whose {@code
   * components} carry this plugin's schemas, named with the plugin id as prefix. The portal merges
   * it into its own description at {@code /v3/api-docs}, so that one document describes the whole
   * API. Usually read from a resource of the plugin.
   *
   * @return the document, or an empty text when the endpoints are not described
   * @since 1.1.0
   */
  default String openApi() {
    return "";
  }
}
