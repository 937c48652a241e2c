package eu.remhub.portal.api.service;

/**
 * The portal's search index, as a plugin uses it.
 *
 * <p>Call it in the same database transaction as the change it reflects (inside {@link
 * PluginJdbc#inTransaction}): the portal records the change in its index outbox with that
 * transaction, so the index never shows a change that was rolled back and never misses one that was
 * committed. Thread-safe.
 *
 * @since 1.0.0
 */
public interface SearchIndex {

  /**
   * Adds or replaces a document (matched by type and id).
   *
   * @param document the document; its type must be one the plugin declared
   */
  void publish(SearchDocument document);

  /**
   * Removes a document.
   *
   * @param type the document type
   * @param id the document id
   */
  void remove(String type, String id);

  /**
   * The documents this plugin published whose text is most alike to the query's text, best first,
   * ranked by the portal's full-text engine ("more like this" over title, tags and body). Expired
   * documents (those a plugin removed) are never answered.
   *
   * @param query the text and where to look
   * @return the hits, best first; empty when nothing is alike
   * @throws UnsupportedOperationException in a portal older than contract 1.1
   * @since 1.1.0
   */
  default java.util.List<SearchHit> similar(SimilarQuery query) {
    throw new UnsupportedOperationException(
        getClass().getName() + " implements the 1.0 SearchIndex, which has no similar");
  }
}
