package eu.remhub.portal.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search as a person or a caller of the API asks it.
 *
 * @param text what was typed; words must all match (exactly, stemmed or with a typo), quoted words
 *     match as a phrase; blank finds everything the viewer may see
 * @param filters chosen facet values by facet ({@code type}, {@code country}, {@code segment},
 *     {@code material}); values of one facet are alternatives, facets combine
 * @param page the page, from 1
 * @param pageSize hits per page, 1 to {@link #MAX_PAGE_SIZE}
 * @param sort the order of the hits
 */
public record SearchQuery(
    String text, Map<String, Set<String>> filters, int page, int pageSize, Sort sort) {

  /** The facets, in the order they are shown. */
  public static final List<String> FACETS = List.of("type", "country", "segment", "material");

  public static final int MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_PAGE_SIZE = 20;

  /** Deep paging costs memory per request; nobody reads past this many hits. */
  public static final int MAX_DEPTH = 10_000;

  /** The order of the hits. */
  public enum Sort {
    RELEVANCE,
    NEWEST
  }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > 500) {
      throw new IllegalArgumentException("The query is longer than 500 characters.");
    }
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (facet, values) -> {
            if (!FACETS.contains(facet)) {
              throw new IllegalArgumentException(
                  "Unknown filter '" + facet + "'; use one of " + FACETS + ".");
            }
            Set<String> clean = new LinkedHashSet<>();
            if (values != null) {
              values.stream()
                  .filter(v -> v != null && !v.isBlank())
                  .map(String::strip)
                  .forEach(clean::add);
            }
            if (!clean.isEmpty()) {
              copy.put(facet, Set.copyOf(clean));
            }
          });
    }
    filters = Map.copyOf(copy);
    if (page < 1) {
      throw new IllegalArgumentException("page starts at 1.");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    if ((long) page * pageSize > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "Results are available up to hit " + MAX_DEPTH + "; narrow the search instead.");
    }
    sort = sort == null ? Sort.RELEVANCE : sort;
  }

  /** The first page of a plain text search, by relevance. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), 1, DEFAULT_PAGE_SIZE, Sort.RELEVANCE);
  }

  public SearchQuery withFilter(String facet, String... values) {
    Map<String, Set<String>> next = new LinkedHashMap<>(filters);
    next.put(facet, Set.of(values));
    return new SearchQuery(text, next, 1, pageSize, sort);
  }

  public SearchQuery withPage(int newPage) {
    return new SearchQuery(text, filters, newPage, pageSize, sort);
  }

  public SearchQuery withSort(Sort newSort) {
    return new SearchQuery(text, filters, page, pageSize, newSort);
  }

  public SearchQuery withPageSize(int size) {
    return new SearchQuery(text, filters, page, size, sort);
  }
}
