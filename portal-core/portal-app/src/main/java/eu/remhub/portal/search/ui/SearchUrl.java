package eu.remhub.portal.search.ui;

import eu.remhub.portal.search.SearchQuery;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as query parameters of the results page ({@code q}, one parameter per facet, {@code
 * page}, {@code sort}) and back, so that every results page has a link that can be shared.
 */
final class SearchUrl {

  private SearchUrl() {}

  /** The query that the parameters ask for; what cannot be read falls back to the defaults. */
  static SearchQuery parse(Map<String, List<String>> params) {
    String text = first(params, "q", "");
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    for (String facet : SearchQuery.FACETS) {
      List<String> values = params.get(facet);
      if (values != null && !values.isEmpty()) {
        filters.put(facet, new HashSet<>(values));
      }
    }
    int page = number(first(params, "page", "1"));
    SearchQuery.Sort sort =
        "newest".equals(first(params, "sort", ""))
            ? SearchQuery.Sort.NEWEST
            : SearchQuery.Sort.RELEVANCE;
    try {
      return new SearchQuery(
          text.length() > 500 ? text.substring(0, 500) : text,
          filters,
          Math.max(1, page),
          SearchQuery.DEFAULT_PAGE_SIZE,
          sort);
    } catch (IllegalArgumentException e) {
      return new SearchQuery(
          text.length() > 500 ? text.substring(0, 500) : text,
          Map.of(),
          1,
          SearchQuery.DEFAULT_PAGE_SIZE,
          sort);
    }
  }

  private static String first(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The parameters of a query, without those that hold the default. */
  static Map<String, List<String>> parameters(SearchQuery query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (!query.text().isBlank()) {
      params.put("q", List.of(query.text()));
    }
    query
        .filters()
        .forEach((facet, values) -> params.put(facet, values.stream().sorted().toList()));
    if (query.page() > 1) {
      params.put("page", List.of(Integer.toString(query.page())));
    }
    if (query.sort() == SearchQuery.Sort.NEWEST) {
      params.put("sort", List.of("newest"));
    }
    return params;
  }
}
