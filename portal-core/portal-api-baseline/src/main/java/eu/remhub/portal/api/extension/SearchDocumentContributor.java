package eu.remhub.portal.api.extension;

import eu.remhub.portal.api.service.SearchDocument;
import java.util.List;
import java.util.function.Consumer;
import org.pf4j.ExtensionPoint;

/**
 * Contributes document types to the portal's search, and all current documents when the index is
 * rebuilt.
 *
 * <p>Day-to-day changes go through {@link eu.remhub.portal.api.service.SearchIndex} as they happen.
 * On a rebuild the portal calls {@link #allDocuments(Consumer)} on a background thread; the plugin
 * streams every document it wants searchable. When the plugin is disabled its documents leave the
 * results at once; when it is enabled again they return.
 *
 * @since 1.0.0
 */
public interface SearchDocumentContributor extends ExtensionPoint {

  /**
   * A stable id for this contributor, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * The document types this plugin owns, such as {@code course} or {@code passport}.
   *
   * @return the type names
   */
  List<String> types();

  /**
   * Streams every current document of this plugin's types into {@code sink}.
   *
   * @param sink receives the documents; it may be called from this thread only
   */
  void allDocuments(Consumer<SearchDocument> sink);
}
