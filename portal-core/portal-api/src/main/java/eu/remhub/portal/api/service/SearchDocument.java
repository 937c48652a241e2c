package eu.remhub.portal.api.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
 * @since 1.0.0 (the {@link #builder} since 1.1.0: prefer it to the constructor, which keeps working
 *     but gains parameters whenever the document gains fields)
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

  /**
   * Starts a document; the builder is the form that stays source-compatible when documents gain
   * fields.
   *
   * @param type the document type
   * @param id the id within the type
   * @return a builder with no tags, facets or body, updated at {@link Instant#EPOCH}
   * @since 1.1.0
   */
  public static Builder builder(String type, String id) {
    return new Builder(type, id);
  }

  /**
   * A builder that starts from this document, to change some fields of it.
   *
   * @return a builder holding this document's values
   * @since 1.1.0
   */
  public Builder toBuilder() {
    Builder builder =
        new Builder(type, id).title(title).tags(tags).body(body).url(url).visibility(visibility);
    facets.forEach(builder::facet);
    return builder.updated(updated);
  }

  /**
   * Collects the fields of a {@link SearchDocument}; {@link #build()} validates them as the
   * constructor does. Not thread-safe; use one builder per document.
   *
   * @since 1.1.0
   */
  public static final class Builder {

    private final String type;
    private final String id;
    private String title;
    private final List<String> tags = new ArrayList<>();
    private String body = "";
    private String url;
    private Visibility visibility;
    private final Map<String, List<String>> facets = new LinkedHashMap<>();
    private Instant updated;

    private Builder(String type, String id) {
      this.type = type;
      this.id = id;
    }

    /**
     * Sets the title.
     *
     * @param title the title; weighs most in ranking
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags short keywords
     * @return this builder
     */
    public Builder tags(Collection<String> tags) {
      this.tags.clear();
      this.tags.addAll(tags);
      return this;
    }

    /**
     * Adds tags.
     *
     * @param tags short keywords
     * @return this builder
     */
    public Builder tag(String... tags) {
      this.tags.addAll(List.of(tags));
      return this;
    }

    /**
     * Sets the full text.
     *
     * @param body the text, or {@code null} for none
     * @return this builder
     */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the page of the document.
     *
     * @param url the portal-relative URL, such as {@code /passport/42}
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets who may find the document.
     *
     * @param visibility the visibility
     * @return this builder
     */
    public Builder visibility(Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /**
     * Sets the values of one facet, replacing earlier ones of that facet.
     *
     * @param name the facet name, such as {@code country}
     * @param values the values
     * @return this builder
     */
    public Builder facet(String name, Collection<String> values) {
      facets.put(Objects.requireNonNull(name, "name"), List.copyOf(values));
      return this;
    }

    /**
     * Sets the values of one facet, replacing earlier ones of that facet.
     *
     * @param name the facet name
     * @param values the values
     * @return this builder
     */
    public Builder facet(String name, String... values) {
      return facet(name, List.of(values));
    }

    /**
     * Sets when the document last changed.
     *
     * @param updated the instant
     * @return this builder
     */
    public Builder updated(Instant updated) {
      this.updated = updated;
      return this;
    }

    /**
     * Builds the document.
     *
     * @return the document
     * @throws NullPointerException when the type, id, title, URL or visibility is missing
     */
    public SearchDocument build() {
      return new SearchDocument(type, id, title, tags, body, url, visibility, facets, updated);
    }
  }
}
