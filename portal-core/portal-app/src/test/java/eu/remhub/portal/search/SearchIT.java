package eu.remhub.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.member.MemberRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search in the running portal: the index built at first start, and the outbox path with its
 * transactions.
 */
@PortalIntegrationTest
@Tag("database")
class SearchIT {

  @Autowired SearchService search;
  @Autowired SearchOutbox outbox;
  @Autowired MemberRepository members;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  @Test
  void seededOrganisations_areInTheIndexBuiltFromTheDatabaseAtFirstStart() throws Exception {
    assertThat(search.awaitIndexed(Duration.ofSeconds(30))).isTrue();
    long elbe =
        members.approvedOrganisations().stream()
            .filter(o -> o.shortName().equals("ElbeCycle"))
            .findFirst()
            .orElseThrow()
            .id();

    SearchResult found =
        await(
            () ->
                search.search(
                    SearchQuery.of("Elbecycle hydrogen decrepitation"), Viewer.anonymous()),
            1);

    SearchHit hit = found.hits().get(0);
    assertThat(hit.type()).isEqualTo("organisation");
    assertThat(hit.title()).isEqualTo("ElbeCycle");
    assertThat(hit.url()).isEqualTo("/organisations/" + elbe);
    assertThat(hit.snippet()).contains("<mark>");
    assertThat(found.facets().get("country"))
        .extracting(SearchResult.FacetValue::value)
        .containsExactly("DE");
    assertThat(search.search(SearchQuery.of("Ostersund"), Viewer.anonymous()).hits())
        .extracting(SearchHit::title)
        .contains("Kvarnberg Minerals");
  }

  // How soon after the commit: SearchBenchmark prints that figure (docs/benchmarks.md).
  @Test
  void entryCommittedToTheOutbox_becomesSearchable() {
    transactions.executeWithoutResult(
        s -> outbox.publish(note("fast", "Quarzwerk lumina sorting trial")));

    SearchResult found =
        await(() -> search.search(SearchQuery.of("quarzwerk"), Viewer.anonymous()), 1);

    assertThat(found.hits()).extracting(SearchHit::id).containsExactly("fast");
  }

  @Test
  void rolledBackEntry_neverReachesTheIndex() {
    transactions.executeWithoutResult(
        s -> {
          outbox.publish(note("phantom", "Phantom oxides never committed"));
          s.setRollbackOnly();
        });
    // A later committed entry has passed through the outbox, so the indexer has looked.
    transactions.executeWithoutResult(
        s -> outbox.publish(note("witness", "Witness metals committed after")));
    await(() -> search.search(SearchQuery.of("witness metals"), Viewer.anonymous()), 1);

    assertThat(search.search(SearchQuery.of("phantom"), Viewer.anonymous()).total()).isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM index_outbox WHERE doc_id = 'phantom'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void removalEntry_takesTheDocumentOut() {
    transactions.executeWithoutResult(
        s -> outbox.publish(note("gone", "Vanadis alloys strip casting")));
    await(() -> search.search(SearchQuery.of("vanadis"), Viewer.anonymous()), 1);

    transactions.executeWithoutResult(s -> outbox.remove("note", "gone"));

    await(() -> search.search(SearchQuery.of("vanadis"), Viewer.anonymous()), 0);
  }

  @Test
  void onlyStaffMayRebuild() {
    accounts.signIn(Persona.MEMBER);
    try {
      assertThatThrownBy(() -> search.rebuild()).isInstanceOf(AccessDeniedException.class);
    } finally {
      accounts.signIn(Persona.ANONYMOUS);
    }
  }

  static SearchDocument note(String id, String title) {
    return new SearchDocument(
        "note",
        id,
        title,
        List.of(),
        "",
        "/notes/" + id,
        Visibility.everyone(),
        Map.of(),
        Instant.now());
  }

  /** Waits until the search finds exactly {@code hits} documents, for at most five seconds. */
  static SearchResult await(Supplier<SearchResult> query, int hits) {
    return Awaitility.await("a search with " + hits + " hits")
        .atMost(Duration.ofSeconds(5))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(5))
        .until(query::get, r -> r.total() == hits);
  }
}
