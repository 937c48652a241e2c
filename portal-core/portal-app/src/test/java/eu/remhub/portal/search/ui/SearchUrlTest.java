package eu.remhub.portal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.search.SearchQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchUrlTest {

  @Test
  void queryWrittenAsParameters_readsBackTheSame() {
    SearchQuery query =
        new SearchQuery(
            "sintered magnets",
            Map.of("country", Set.of("DE", "SI"), "type", Set.of("passport")),
            3,
            SearchQuery.DEFAULT_PAGE_SIZE,
            SearchQuery.Sort.NEWEST);

    Map<String, List<String>> params = SearchUrl.parameters(query);

    assertThat(params)
        .containsEntry("q", List.of("sintered magnets"))
        .containsEntry("country", List.of("DE", "SI"))
        .containsEntry("page", List.of("3"))
        .containsEntry("sort", List.of("newest"));
    assertThat(SearchUrl.parse(params)).isEqualTo(query);
  }

  @Test
  void firstPageByRelevance_hasNoParameters() {
    assertThat(SearchUrl.parameters(SearchQuery.of(""))).isEmpty();
  }

  @Test
  void unreadablePage_opensTheFirstPage() {
    SearchQuery query = SearchUrl.parse(Map.of("q", List.of("cobalt"), "page", List.of("two")));

    assertThat(query.text()).isEqualTo("cobalt");
    assertThat(query.page()).isEqualTo(1);
  }

  @Test
  void pageBeyondTheDepth_fallsBackToTheFirstPageOfTheText() {
    SearchQuery deep =
        SearchUrl.parse(
            Map.of("q", List.of("cobalt"), "type", List.of("passport"), "page", List.of("9999")));

    assertThat(deep).isEqualTo(SearchQuery.of("cobalt"));
  }

  @Test
  void parameterThatIsNoFacet_isIgnored() {
    SearchQuery query = SearchUrl.parse(Map.of("q", List.of("cobalt"), "colour", List.of("red")));

    assertThat(query).isEqualTo(SearchQuery.of("cobalt"));
  }

  @Test
  void textLongerThanTheLimit_isCutRatherThanRefused() {
    SearchQuery query = SearchUrl.parse(Map.of("q", List.of("a".repeat(600))));

    assertThat(query.text()).hasSize(500);
  }
}
