package eu.remhub.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.member.ApiTokenService;
import eu.remhub.portal.member.MemberRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/search over real HTTP as a visitor, a member, an organisation's API token and staff.
 */
@PortalIntegrationTest
class SearchApiIT {

  private static final String ENTITLEMENT = "search-test.confidential";

  @LocalServerPort int port;
  @Autowired SearchService search;
  @Autowired SearchOutbox outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired Accounts accounts;
  @Autowired ApiTokenService tokens;
  @Autowired MemberRepository members;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();
  private String otherToken;
  private long memberOrg;
  private long otherOrg;

  @BeforeEach
  void documents() throws Exception {
    memberOrg = accounts.user(Persona.MEMBER).organisationId();
    accounts.user(Persona.STAFF);
    otherOrg = accounts.organisation("Xylo Refiners", "FR");
    if (!members.entitlementsOf(otherOrg).contains(ENTITLEMENT)) {
      members.grantEntitlement(otherOrg, ENTITLEMENT);
    }
    transactions.executeWithoutResult(
        s -> {
          outbox.publish(
              note(
                  "public",
                  Visibility.everyone(),
                  "DE",
                  "Open xylocarp notes <script>alert(1)</script>"));
          outbox.publish(note("members", Visibility.members(), "FR", "Xylocarp notes for members"));
          outbox.publish(
              note(
                  "own",
                  Visibility.organisation(memberOrg),
                  "DE",
                  "Xylocarp notes of the member's organisation"));
          outbox.publish(
              note(
                  "other",
                  Visibility.organisation(otherOrg),
                  "IT",
                  "Xylocarp notes of another organisation"));
          outbox.publish(
              note(
                  "entitled",
                  Visibility.entitlement(ENTITLEMENT),
                  "IT",
                  "Xylocarp notes for entitled organisations"));
        });
    assertThat(search.awaitIndexed(Duration.ofSeconds(10))).isTrue();
    accounts.signIn(Persona.STAFF);
    otherToken = tokens.create(otherOrg, "search test");
    accounts.signIn(Persona.ANONYMOUS);
  }

  @Test
  void eachCaller_findsWhatItMaySee_inHitsTotalsAndFacetCounts() throws Exception {
    expect(null, Set.of("public"), Map.of("DE", 1L));
    expect(basic("member"), Set.of("public", "members", "own"), Map.of("DE", 2L, "FR", 1L));
    expect(
        "Bearer " + otherToken,
        Set.of("public", "members", "other", "entitled"),
        Map.of("DE", 1L, "FR", 1L, "IT", 2L));
    expect(
        basic("staff"),
        Set.of("public", "members", "own", "other", "entitled"),
        Map.of("DE", 2L, "FR", 1L, "IT", 2L));
  }

  @Test
  void hits_carryTypeTitleEscapedSnippetAndUrl_andFiltersAndPagingWork() throws Exception {
    JsonNode body = json.readTree(get("q=xylocarp+open&type=note", null).body());
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.get("type").asString()).isEqualTo("note");
    assertThat(hit.get("title").asString()).isEqualTo("Note public");
    assertThat(hit.get("url").asString()).isEqualTo("/notes/public");
    assertThat(hit.get("snippet").asString())
        .contains("<mark>xylocarp</mark>")
        .contains("&lt;script&gt;alert(1)&lt;&#47;script&gt;")
        .doesNotContain("<script");

    JsonNode paged =
        json.readTree(get("q=xylocarp&size=2&page=2&sort=newest", basic("staff")).body());
    assertThat(paged.get("total").asLong()).isEqualTo(5);
    assertThat(paged.get("pages").asInt()).isEqualTo(3);
    assertThat(paged.get("hits")).hasSize(2);
    assertThat(paged.get("sort").asString()).isEqualTo("newest");

    JsonNode italian = json.readTree(get("q=xylocarp&country=IT", basic("staff")).body());
    assertThat(ids(italian)).containsExactlyInAnyOrder("other", "entitled");
  }

  @Test
  void badParameters_areAnsweredWithProblemDetails() throws Exception {
    for (String query :
        List.of(
            "q=x&page=0",
            "q=x&size=101",
            "q=x&size=0",
            "q=x&sort=sideways",
            "q=x&page=abc",
            "q=x&page=600&size=20")) {
      HttpResponse<String> r = get(query, null);
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(r.headers().firstValue("content-type"))
          .as(query)
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      JsonNode problem = json.readTree(r.body());
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("detail").asString()).as(query).isNotBlank();
    }
    assertThat(get("q=x&sort=sideways", null).body()).contains("relevance or newest");
  }

  @Test
  void wrongToken_isRefused_notTreatedAsAVisitor() throws Exception {
    assertThat(get("q=xylocarp", "Bearer rh_nonsense").statusCode()).isEqualTo(401);
  }

  @Test
  void openApiDocument_describesTheEndpoint() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.yaml"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
    assertThat(r.body())
        .contains("openapi: 3.1.0", "/api/v1/search:", "application/problem+json", "snippet:");
  }

  private void expect(String authorization, Set<String> ids, Map<String, Long> countries)
      throws Exception {
    HttpResponse<String> r = get("q=xylocarp", authorization);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(r.body());
    assertThat(ids(body)).as("hits for %s", authorization).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(body.get("total").asLong()).isEqualTo(ids.size());
    assertThat(counts(body, "type")).isEqualTo(Map.of("note", (long) ids.size()));
    assertThat(counts(body, "country")).as("countries for %s", authorization).isEqualTo(countries);
  }

  private static Set<String> ids(JsonNode body) {
    Set<String> ids = new HashSet<>();
    body.get("hits").forEach(h -> ids.add(h.get("id").asString()));
    return ids;
  }

  private static Map<String, Long> counts(JsonNode body, String facet) {
    Map<String, Long> out = new HashMap<>();
    body.get("facets")
        .get(facet)
        .forEach(v -> out.put(v.get("value").asString(), v.get("count").asLong()));
    return out;
  }

  private HttpResponse<String> get(String query, String authorization) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?" + query));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String persona) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (persona + "@it.example:" + TestSupport.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static SearchDocument note(
      String id, Visibility visibility, String country, String body) {
    return new SearchDocument(
        "note",
        id,
        "Note " + id,
        List.of("xylocarp"),
        body,
        "/notes/" + id,
        visibility,
        Map.of("country", List.of(country)),
        Instant.parse("2026-03-01T00:00:00Z"));
  }
}
