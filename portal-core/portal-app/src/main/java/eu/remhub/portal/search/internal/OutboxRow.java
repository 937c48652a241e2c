package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;

/**
 * One entry of the index outbox.
 *
 * @param id its position; entries are applied in this order
 * @param type the document type
 * @param docId the document id
 * @param document the document to add or replace, or null to delete
 * @param pluginId the plugin that published it, or null for the core
 */
public record OutboxRow(
    long id, String type, String docId, SearchDocument document, String pluginId) {

  public boolean isDelete() {
    return document == null;
  }
}
