package eu.remhub.portal.search;

import static eu.remhub.portal.search.SearchIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.plugin.PluginService;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plugin's documents in search, with a real plugin jar in the real runtime: indexed when it is
 * enabled, published through the contract in its own transactions, hidden at once when it is
 * disabled and back when it is enabled again.
 */
@PortalIntegrationTest
class SearchPluginIT {

  @LocalServerPort int port;
  @Autowired PluginService plugins;
  @Autowired SearchService search;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired SearchOutbox outbox;
  @Autowired TransactionTemplate transactions;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void installForum() throws Exception {
    accounts.signIn(Persona.STAFF);
    Path jar = ForumPlugin.jar();
    try (InputStream in = Files.newInputStream(jar)) {
      plugins.upload(jar.getFileName().toString(), in);
    }
    assertThat(plugins.enable("forum")).isTrue();
  }

  @AfterEach
  void uninstallForum() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("forum").isPresent()) {
      plugins.uninstall("forum", true);
    }
    accounts.signIn(Persona.ANONYMOUS);
  }

  // How soon after the request: SearchBenchmark prints the publish-to-searchable figure.
  @Test
  void enabledPlugin_hasItsDocumentsIndexed_andWhatItPublishesBecomesSearchable() throws Exception {
    await(() -> search.search(SearchQuery.of("quillonite"), Viewer.anonymous()), 1);

    var created = post("Sintered kessarite offcuts wanted in Jülich", 0);
    assertThat(created.statusCode()).isEqualTo(201);
    SearchResult found =
        await(() -> search.search(SearchQuery.of("kessarite julich"), Viewer.anonymous()), 1);

    SearchHit hit = found.hits().get(0);
    assertThat(hit.type()).isEqualTo("post");
    assertThat(hit.url()).startsWith("/forum/");
    assertThat(
            jdbc.sql("SELECT plugin_id FROM index_outbox WHERE doc_type = 'post' AND doc_id = ?")
                .param(hit.id())
                .query(String.class)
                .list())
        .containsOnly("forum");
  }

  @Test
  void disablingHidesItsDocumentsAtOnce_andEnablingBringsThemBack_withoutReindexing()
      throws Exception {
    await(() -> search.search(SearchQuery.of("quillonite"), Viewer.staff()), 1);
    long outboxRows = outboxRows();
    long documents = search.status().documents();

    plugins.disable("forum", false);

    SearchResult hidden = search.search(SearchQuery.of("quillonite"), Viewer.staff());
    assertThat(hidden.total()).isZero();
    assertThat(search.search(SearchQuery.of(""), Viewer.staff()).facets().get("type"))
        .extracting(SearchResult.FacetValue::value)
        .doesNotContain("post");
    assertThat(search.suggest("seeded quill", Viewer.staff(), 5)).isEmpty();

    plugins.enable("forum");

    assertThat(search.search(SearchQuery.of("quillonite"), Viewer.staff()).total()).isEqualTo(1);
    assertThat(outboxRows()).isEqualTo(outboxRows);
    // The indexer works in order: once an entry committed after the enabling is searchable, a
    // backfill that the enabling might have queued has run too.
    transactions.executeWithoutResult(
        s -> outbox.publish(SearchIT.note("after-enable", "Witness entry after enabling")));
    assertThat(search.awaitIndexed(Duration.ofSeconds(10))).isTrue();
    assertThat(search.status().documents()).isEqualTo(documents + 1);
    transactions.executeWithoutResult(s -> outbox.remove("note", "after-enable"));
    assertThat(search.awaitIndexed(Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void organisationOnlyPost_isFoundByItsOrganisationAndStaff_only() throws Exception {
    CurrentUser member = accounts.user(Persona.MEMBER);
    long otherOrg = accounts.organisation("Lanthanide Logistics", "NL");
    assertThat(post("Internal note on vellorium stock", member.organisationId()).statusCode())
        .isEqualTo(201);

    await(() -> search.search(SearchQuery.of("vellorium stock"), Viewer.staff()), 1);
    assertThat(search.search(SearchQuery.of("vellorium stock"), search.viewerOf(member)).total())
        .isEqualTo(1);
    assertThat(
            search
                .search(SearchQuery.of("vellorium stock"), Viewer.member(otherOrg, Set.of()))
                .total())
        .isZero();
    assertThat(search.search(SearchQuery.of("vellorium stock"), Viewer.anonymous()).total())
        .isZero();
    assertThat(search.suggest("internal note", Viewer.anonymous(), 5)).isEmpty();
  }

  @Test
  void uninstalledPlugin_leavesNoDocumentsBehind() throws Exception {
    await(() -> search.search(SearchQuery.of("quillonite"), Viewer.staff()), 1);
    long before = search.status().documents();

    plugins.uninstall("forum", true);

    Awaitility.await("the plugin's documents gone")
        .atMost(Duration.ofSeconds(5))
        .until(() -> search.status().documents() < before);
  }

  private long outboxRows() {
    return jdbc.sql("SELECT COUNT(*) FROM index_outbox").query(Long.class).single();
  }

  private HttpResponse<String> post(String title, long org) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/forum/posts?org=" + org))
            .POST(HttpRequest.BodyPublishers.ofString(title))
            .header("Content-Type", "text/plain; charset=utf-8")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
