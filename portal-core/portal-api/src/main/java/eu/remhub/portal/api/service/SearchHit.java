package eu.remhub.portal.api.service;

import java.util.Objects;

/**
 * One document found by {@link SearchIndex#similar}.
 *
 * @param type the document's type
 * @param id the document's id within its type
 * @param title the document's title
 * @param score how alike the document is to the query text, between 0 (not at all) and 1 (the same
 *     text); comparable between the hits of one query, not across queries
 * @since 1.1.0
 */
public record SearchHit(String type, String id, String title, double score) {

  public SearchHit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
  }
}
