package eu.remhub.portal.search;

import eu.remhub.portal.search.SearchResult.FacetValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/v1/search}: the same search as the portal's search page, for the caller of the
 * request: a visitor, a person signed in with HTTP Basic, or an organisation's API token (which
 * sees what a member of its organisation sees). Open to everyone; what each caller finds is decided
 * in the query. {@code GET /api/v1/openapi.yaml} describes it.
 */
@RestController
@RequestMapping("/api/v1")
class SearchController {

  /** The answer. */
  record SearchResponse(
      String query,
      int page,
      int size,
      String sort,
      long total,
      int pages,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets) {}

  /** One hit; {@code snippet} is HTML with everything escaped but {@code <mark>}. */
  record Hit(String type, String id, String title, String snippet, String url, String updated) {}

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping(value = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
  SearchResponse search(
      @RequestParam(name = "q", defaultValue = "") String q,
      @RequestParam(name = "type", required = false) List<String> type,
      @RequestParam(name = "country", required = false) List<String> country,
      @RequestParam(name = "segment", required = false) List<String> segment,
      @RequestParam(name = "material", required = false) List<String> material,
      @RequestParam(name = "page", defaultValue = "1") int page,
      @RequestParam(name = "size", defaultValue = "20") int size,
      @RequestParam(name = "sort", defaultValue = "relevance") String sort) {
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    put(filters, "type", type);
    put(filters, "country", country);
    put(filters, "segment", segment);
    put(filters, "material", material);
    SearchQuery query = new SearchQuery(q, filters, page, size, sort(sort));
    SearchResult result = search.search(query);
    List<Hit> hits =
        result.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.type(), h.id(), h.title(), h.snippet(), h.url(), h.updated().toString()))
            .toList();
    return new SearchResponse(
        query.text(),
        query.page(),
        query.pageSize(),
        query.sort().name().toLowerCase(Locale.ROOT),
        result.total(),
        result.pages(),
        hits,
        result.facets());
  }

  /** The OpenAPI description of this endpoint. */
  @GetMapping(value = "/openapi.yaml", produces = "application/yaml")
  ResponseEntity<byte[]> openApi() throws IOException {
    try (InputStream in = new ClassPathResource("openapi/search.yaml").getInputStream()) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("application/yaml"))
          .body(in.readAllBytes());
    }
  }

  private static void put(Map<String, Set<String>> filters, String facet, List<String> values) {
    if (values != null && !values.isEmpty()) {
      filters.put(facet, Set.copyOf(values));
    }
  }

  private static SearchQuery.Sort sort(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchQuery.Sort.RELEVANCE;
      case "newest", "date" -> SearchQuery.Sort.NEWEST;
      default ->
          throw new IllegalArgumentException(
              "Unknown sort '" + value + "'; use relevance or newest.");
    };
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
    return problem(e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return problem("The parameter '" + e.getName() + "' must be a whole number.");
  }

  private static ResponseEntity<ProblemDetail> problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Bad search parameters");
    problem.setType(URI.create("about:blank"));
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
