package eu.remhub.portal.api.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document in the portal's search.
 *
 * @param type the document type, owned by one plugin or the core ({@code course}, {@code passport})
 * @param id the id within the type
 * @param title the title; weighs most in ranking
 * @param tags short keywords; weigh more than the body
 * @param body the full text
 * @param url the portal-relative URL of the document's page, such as {@code /passport/42}
 * @param visibility who may find it
 * @param facets facet values by facet name ({@code country}, {@code segment}, {@code material})
 * @param updated when the document last changed; used for sorting by date
 * @since 1.0.0
 */
public record SearchDocument(
    String type,
    String id,
    String title,
    List<String> tags,
    String body,
    String url,
    Visibility visibility,
    Map<String, List<String>> facets,
    Instant updated) {

  /** Validates and copies. */
  public SearchDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(visibility, "visibility");
    tags = tags == null ? List.of() : List.copyOf(tags);
    body = body == null ? "" : body;
    facets = facets == null ? Map.of() : Map.copyOf(facets);
    updated = updated == null ? Instant.EPOCH : updated;
  }
}
