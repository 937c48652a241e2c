package eu.remhub.portal.api.service;

import java.util.Objects;
import java.util.Set;

/**
 * Asks the search index for the documents whose text is most alike to a given text: "more like
 * this". Only documents this plugin published are answered, whatever their visibility, because the
 * plugin decides what to show to whom.
 *
 * @param text the text to compare with, such as a post's title and description
 * @param types the document types to look in; empty for all types of this plugin
 * @param exclude ids (within those types) to leave out, such as the post itself
 * @param limit the most hits to answer, from 1 to 1000
 * @since 1.1.0
 */
public record SimilarQuery(String text, Set<String> types, Set<String> exclude, int limit) {

  public SimilarQuery {
    Objects.requireNonNull(text, "text");
    types = types == null ? Set.of() : Set.copyOf(types);
    exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
    }
  }

  /**
   * The documents of one type most alike to a text.
   *
   * @param text the text
   * @param type the type
   * @param limit the most hits
   * @return the query
   */
  public static SimilarQuery of(String text, String type, int limit) {
    return new SimilarQuery(text, Set.of(type), Set.of(), limit);
  }

  /**
   * The same query without the documents of these ids.
   *
   * @param ids the ids to leave out
   * @return a new query
   */
  public SimilarQuery excluding(String... ids) {
    return new SimilarQuery(text, types, Set.of(ids), limit);
  }
}
