package eu.remhub.portal.search.internal;

import static eu.remhub.portal.search.internal.EngineFixture.doc;
import static eu.remhub.portal.search.internal.MemoryDocuments.facets;
import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.SearchResult.FacetValue;
import eu.remhub.portal.search.Suggestion;
import eu.remhub.portal.search.Viewer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same queries as a visitor, members of two organisations and staff: every hit and every facet
 * count, so that nothing hidden shows, not even as a number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityMatrixTest {

  static final long ORG_A = 101;
  static final long ORG_B = 202;
  static final Viewer ANONYMOUS = Viewer.anonymous();
  static final Viewer MEMBER_A = Viewer.member(ORG_A, Set.of("passport.restricted"));
  static final Viewer MEMBER_B = Viewer.member(ORG_B, Set.of());
  static final Viewer STAFF = Viewer.staff();

  @TempDir static Path dir;
  EngineFixture fx;

  @BeforeAll
  void corpus() throws Exception {
    fx = new EngineFixture(dir);
    fx.documents.enabled.addAll(Set.of("training", "matchmaking", "passport", "pilot-calls"));
    fx.start();
    fx.publish(
        null,
        doc(
            "organisation",
            "1",
            "Magnetwerk Jülich",
            "Maker of sintered NdFeB magnets",
            Visibility.everyone(),
            facets("country", "DE", "segment", "MAGNET_MAKING")));
    fx.publish(
        null,
        doc(
            "organisation",
            "2",
            "Terra Recycling",
            "Recovers rare earths from end-of-life magnets",
            Visibility.everyone(),
            facets("country", "FR", "segment", "RECYCLING")));
    fx.publish(
        "training",
        doc(
            "course",
            "10",
            "Magnet recycling basics",
            "An open course",
            Visibility.everyone(),
            Map.of()));
    fx.publish(
        "training",
        doc(
            "course",
            "11",
            "Advanced sintered magnets",
            "For members",
            Visibility.members(),
            facets("segment", "MAGNET_MAKING")));
    fx.publish(
        "matchmaking",
        doc(
            "post",
            "20",
            "Looking for NdFeB magnet scrap",
            "Org A only",
            Visibility.organisation(ORG_A),
            facets("country", "DE", "material", "NdFeB")));
    fx.publish(
        "matchmaking",
        doc(
            "post",
            "21",
            "Offer: SmCo magnet machining",
            "Org B only",
            Visibility.organisation(ORG_B),
            facets("country", "IT", "material", "SmCo")));
    fx.publish(
        "passport",
        doc(
            "passport",
            "30",
            "Passport NdFeB magnet N42",
            "Public passport",
            Visibility.everyone(),
            facets("country", "DE", "material", "NdFeB")));
    fx.publish(
        "passport",
        doc(
            "passport",
            "31",
            "Restricted passport SmCo magnet",
            "Entitled only",
            Visibility.entitlement("passport.restricted"),
            facets("country", "FR", "material", "SmCo")));
    fx.publish(
        "pilot-calls",
        doc(
            "call",
            "40",
            "Pilot call: magnet recycling line",
            "Members",
            Visibility.members(),
            facets("country", "BE", "segment", "RECYCLING")));
    fx.publish(
        "old-plugin",
        doc(
            "post",
            "50",
            "Magnet post of a plugin that is not enabled",
            "",
            Visibility.everyone(),
            facets("country", "DE", "material", "NdFeB")));
  }

  @AfterAll
  void stop() {
    fx.close();
  }

  @Test
  void anonymous_seesPublicDocumentsOnly() {
    SearchResult r = search("magnet", ANONYMOUS);
    assertThat(keys(r))
        .containsExactlyInAnyOrder("organisation/1", "organisation/2", "course/10", "passport/30");
    assertThat(r.total()).isEqualTo(4);
    assertThat(counts(r))
        .isEqualTo(
            Map.of(
                "type", Map.of("organisation", 2L, "course", 1L, "passport", 1L),
                "country", Map.of("DE", 2L, "FR", 1L),
                "segment", Map.of("MAGNET_MAKING", 1L, "RECYCLING", 1L),
                "material", Map.of("NdFeB", 1L)));
  }

  @Test
  void memberOfA_seesMembersDocuments_itsOrganisations_andItsEntitlements() {
    SearchResult r = search("magnet", MEMBER_A);
    assertThat(keys(r))
        .containsExactlyInAnyOrder(
            "organisation/1",
            "organisation/2",
            "course/10",
            "course/11",
            "post/20",
            "passport/30",
            "passport/31",
            "call/40");
    assertThat(r.total()).isEqualTo(8);
    assertThat(counts(r))
        .isEqualTo(
            Map.of(
                "type",
                    Map.of(
                        "organisation", 2L, "course", 2L, "post", 1L, "passport", 2L, "call", 1L),
                "country", Map.of("DE", 3L, "FR", 2L, "BE", 1L),
                "segment", Map.of("MAGNET_MAKING", 2L, "RECYCLING", 2L),
                "material", Map.of("NdFeB", 2L, "SmCo", 1L)));
  }

  @Test
  void memberOfB_doesNotSeeAsDocuments_norEntitledOnes() {
    SearchResult r = search("magnet", MEMBER_B);
    assertThat(keys(r))
        .containsExactlyInAnyOrder(
            "organisation/1",
            "organisation/2",
            "course/10",
            "course/11",
            "post/21",
            "passport/30",
            "call/40");
    assertThat(r.total()).isEqualTo(7);
    assertThat(counts(r))
        .isEqualTo(
            Map.of(
                "type",
                    Map.of(
                        "organisation", 2L, "course", 2L, "post", 1L, "passport", 1L, "call", 1L),
                "country", Map.of("DE", 2L, "FR", 1L, "IT", 1L, "BE", 1L),
                "segment", Map.of("MAGNET_MAKING", 2L, "RECYCLING", 2L),
                "material", Map.of("NdFeB", 1L, "SmCo", 1L)));
  }

  @Test
  void staff_seeEverything_butNotDocumentsOfPluginsThatAreNotEnabled() {
    SearchResult r = search("magnet", STAFF);
    assertThat(keys(r))
        .containsExactlyInAnyOrder(
            "organisation/1",
            "organisation/2",
            "course/10",
            "course/11",
            "post/20",
            "post/21",
            "passport/30",
            "passport/31",
            "call/40");
    assertThat(r.total()).isEqualTo(9);
    assertThat(counts(r))
        .isEqualTo(
            Map.of(
                "type",
                    Map.of(
                        "organisation", 2L, "course", 2L, "post", 2L, "passport", 2L, "call", 1L),
                "country", Map.of("DE", 3L, "FR", 2L, "IT", 1L, "BE", 1L),
                "segment", Map.of("MAGNET_MAKING", 2L, "RECYCLING", 2L),
                "material", Map.of("NdFeB", 2L, "SmCo", 2L)));
  }

  @Test
  void filters_narrowTheHits_andEachFacetCountsAsIfItsOwnChoiceWereOpen() {
    SearchResult r =
        fx.engine.search(
            SearchQuery.of("magnet").withFilter("material", "SmCo"),
            MEMBER_A,
            fx.documents.enabled);
    assertThat(keys(r)).containsExactly("passport/31");
    assertThat(counts(r))
        .isEqualTo(
            Map.of(
                "type", Map.of("passport", 1L),
                "country", Map.of("FR", 1L),
                "segment", Map.of(),
                "material", Map.of("NdFeB", 2L, "SmCo", 1L)));

    SearchResult staff =
        fx.engine.search(
            SearchQuery.of("").withFilter("type", "post", "passport"), STAFF, fx.documents.enabled);
    assertThat(keys(staff))
        .containsExactlyInAnyOrder("post/20", "post/21", "passport/30", "passport/31");
    assertThat(counts(staff).get("type"))
        .isEqualTo(
            Map.of("organisation", 2L, "course", 2L, "post", 2L, "passport", 2L, "call", 1L));
    assertThat(counts(staff).get("material")).isEqualTo(Map.of("NdFeB", 2L, "SmCo", 2L));
  }

  @Test
  void paging_neverShowsHiddenDocuments_onAnyPage() {
    for (Viewer viewer : List.of(ANONYMOUS, MEMBER_A, MEMBER_B, STAFF)) {
      Set<String> all = keys(search("magnet", viewer)).stream().collect(Collectors.toSet());
      Set<String> paged = new java.util.HashSet<>();
      SearchQuery q = new SearchQuery("magnet", Map.of(), 1, 2, SearchQuery.Sort.RELEVANCE);
      SearchResult page = fx.engine.search(q, viewer, fx.documents.enabled);
      for (int p = 1; p <= page.pages(); p++) {
        SearchResult r = fx.engine.search(q.withPage(p), viewer, fx.documents.enabled);
        assertThat(r.hits()).hasSizeLessThanOrEqualTo(2);
        r.hits().forEach(h -> paged.add(h.type() + "/" + h.id()));
      }
      assertThat(paged).as("pages of %s", viewer.kind()).isEqualTo(all);
    }
  }

  @Test
  void suggestions_offerOnlyTitlesTheViewerMaySee() {
    Map<Viewer, Set<String>> expected = new LinkedHashMap<>();
    expected.put(ANONYMOUS, Set.of("/organisation/1", "/course/10", "/passport/30"));
    expected.put(
        MEMBER_A,
        Set.of(
            "/organisation/1",
            "/course/10",
            "/course/11",
            "/post/20",
            "/passport/30",
            "/passport/31",
            "/call/40"));
    expected.put(
        MEMBER_B,
        Set.of(
            "/organisation/1", "/course/10", "/course/11", "/post/21", "/passport/30", "/call/40"));
    expected.put(
        STAFF,
        Set.of(
            "/organisation/1",
            "/course/10",
            "/course/11",
            "/post/20",
            "/post/21",
            "/passport/30",
            "/passport/31",
            "/call/40"));
    expected.forEach(
        (viewer, urls) ->
            assertThat(
                    fx.engine.suggest("magn", viewer, fx.documents.enabled, 20).stream()
                        .map(Suggestion::url)
                        .collect(Collectors.toSet()))
                .as("suggestions for %s", viewer.kind())
                .isEqualTo(urls));
    assertThat(fx.engine.suggest("looking for", MEMBER_A, fx.documents.enabled, 5))
        .extracting(Suggestion::url)
        .containsExactly("/post/20");
    assertThat(fx.engine.suggest("looking for", MEMBER_B, fx.documents.enabled, 5)).isEmpty();
    assertThat(fx.engine.suggest("restricted", MEMBER_B, fx.documents.enabled, 5)).isEmpty();
    assertThat(fx.engine.suggest("restricted", MEMBER_A, fx.documents.enabled, 5))
        .extracting(Suggestion::url)
        .containsExactly("/passport/31");
  }

  @Test
  void disablingAPlugin_hidesItsDocumentsAtOnce_andEnablingBringsThemBack() {
    Set<String> withoutPassport = Set.of("training", "matchmaking", "pilot-calls");
    SearchResult r = fx.engine.search(SearchQuery.of("magnet"), STAFF, withoutPassport);
    assertThat(keys(r)).doesNotContain("passport/30", "passport/31");
    assertThat(counts(r).get("type")).doesNotContainKey("passport");
    assertThat(fx.engine.suggest("passport", STAFF, withoutPassport, 5)).isEmpty();

    assertThat(keys(search("magnet", STAFF))).contains("passport/30", "passport/31");
  }

  private SearchResult search(String text, Viewer viewer) {
    return fx.engine.search(SearchQuery.of(text), viewer, fx.documents.enabled);
  }

  private static List<String> keys(SearchResult r) {
    return r.hits().stream().map(h -> h.type() + "/" + h.id()).toList();
  }

  private static Map<String, Map<String, Long>> counts(SearchResult r) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    r.facets()
        .forEach(
            (dim, values) -> {
              for (int i = 1; i < values.size(); i++) {
                assertThat(values.get(i).count())
                    .as("%s sorted by count", dim)
                    .isLessThanOrEqualTo(values.get(i - 1).count());
              }
              out.put(
                  dim,
                  values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count)));
            });
    return out;
  }
}
