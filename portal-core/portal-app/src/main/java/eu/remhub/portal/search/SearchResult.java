package eu.remhub.portal.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts of all hits.
 *
 * @param query the query answered
 * @param total how many documents match, for this viewer
 * @param hits the hits of the page asked for
 * @param facets per facet, its values with the number of matching documents, most first; the counts
 *     of a facet with chosen values ignore that facet's own choice, so that its other values still
 *     show what choosing them would give
 */
public record SearchResult(
    SearchQuery query, long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {

  /** A facet value and how many documents carry it. */
  public record FacetValue(String value, long count) {}

  public static SearchResult empty(SearchQuery query) {
    return new SearchResult(query, 0, List.of(), Map.of());
  }

  /** The number of pages. */
  public int pages() {
    return (int)
        Math.min(
            (total + query.pageSize() - 1) / query.pageSize(),
            SearchQuery.MAX_DEPTH / query.pageSize());
  }
}
