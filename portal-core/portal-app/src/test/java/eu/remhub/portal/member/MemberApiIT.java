package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.member.MemberFixtures.Org;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member directory over REST: paged and filtered, public fields only, described by the OpenAPI
 * document the portal serves; bad input answered 400 with problem details; logo uploads checked.
 */
@PortalIntegrationTest
class MemberApiIT {

  @LocalServerPort int port;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations store;
  @Autowired PasswordEncoder encoder;
  @Autowired ApiTokenService tokens;
  @Autowired OrganisationService organisations;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();
  MemberFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new MemberFixtures(members, store, encoder);
  }

  @AfterEach
  void signOut() {
    MemberFixtures.signOut();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> putLogo(long id, byte[] body, String authorization)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/organisations/" + id + "/logo"))
            .header("Content-Type", "image/png")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String email) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (email + ":" + MemberFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void list_isPagedAndFiltered_withPublicFieldsOnly() throws Exception {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.organisation(OrganisationProfile.PENDING);

    JsonNode page = json.readTree(get("/api/v1/organisations?size=5&page=1").body());
    assertThat(page.get("page").asInt()).isEqualTo(1);
    assertThat(page.get("size").asInt()).isEqualTo(5);
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(30);
    assertThat(page.get("items")).hasSize(5);

    JsonNode mine =
        json.readTree(
            get("/api/v1/organisations?q="
                    + org.shortName()
                    + "&country=de&segment=recycling&material=NdFeB")
                .body());
    assertThat(mine.get("total").asLong()).isEqualTo(1);
    JsonNode item = mine.get("items").get(0);
    assertThat(item.get("shortName").asString()).isEqualTo(org.shortName());
    assertThat(item.get("url").asString()).isEqualTo("/organisations/" + org.id());
    assertThat(item.has("materials")).isTrue();
    assertThat(item.has("vatId")).as("members-only").isFalse();
    assertThat(item.has("capabilities")).as("private").isFalse();
    assertThat(get("/api/v1/organisations?q=Fixture&size=100").body())
        .doesNotContain("secret furnace capacity");

    assertThat(get("/api/v1/organisations/" + org.id()).statusCode()).isEqualTo(200);
    assertThat(json.readTree(get("/api/v1/organisations/" + org.id()).body()).has("vatId"))
        .isFalse();
  }

  @Test
  void pendingOrUnknownOrganisation_isNotFound_asProblemDetails() throws Exception {
    Org pending = fixtures.organisation(OrganisationProfile.PENDING);
    HttpResponse<String> response = get("/api/v1/organisations/" + pending.id());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(get("/api/v1/organisations?q=" + pending.shortName()).body())
        .contains("\"total\":0");
  }

  @Test
  void badParameters_get400_withAProblemPerParameter() throws Exception {
    HttpResponse<String> response =
        get(
            "/api/v1/organisations?page=-1&size=1000&country=XX&segment=MINNING&material=Unobtainium");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
    Set<String> fields = new TreeSet<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactly("country", "material", "page", "segment", "size");
    assertThat(response.body()).contains("A page size from 1 to 100", "Choose an EU member state");

    HttpResponse<String> notANumber = get("/api/v1/organisations?page=abc");
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(json.readTree(notANumber.body()).get("errors").get(0).get("field").asString())
        .isEqualTo("page");
    assertThat(get("/api/v1/organisations/not-a-number").statusCode()).isEqualTo(400);
  }

  @Test
  void logo_acceptsItsOwnToken_andAdmins_refusesOthers_oversizedAndMalformedFiles()
      throws Exception {
    Org ours = fixtures.organisation(OrganisationProfile.APPROVED);
    Org theirs = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(ours.adminId());
    String token = "Bearer " + tokens.create(ours.id(), "logo sync");
    MemberFixtures.signOut();
    byte[] png = LogoCheckTest.image("png", 120, 60);

    assertThat(putLogo(ours.id(), png, token).statusCode()).isEqualTo(204);
    assertThat(store.logo(ours.id())).isPresent();
    assertThat(putLogo(ours.id(), png, basic(ours.adminEmail())).statusCode()).isEqualTo(204);

    HttpResponse<String> cross = putLogo(theirs.id(), png, token);
    assertThat(cross.statusCode()).isEqualTo(403);
    assertThat(cross.body()).contains("\"status\":403");
    assertThat(putLogo(theirs.id(), png, basic(ours.adminEmail())).statusCode()).isEqualTo(403);
    assertThat(putLogo(ours.id(), png, basic(ours.memberEmail())).statusCode())
        .as("members who are not admins")
        .isEqualTo(403);
    assertThat(putLogo(ours.id(), png, null).statusCode()).isEqualTo(401);
    assertThat(store.logo(theirs.id())).isEmpty();

    HttpResponse<String> oversized = putLogo(ours.id(), Arrays.copyOf(png, 700 * 1024), token);
    assertThat(oversized.statusCode()).isEqualTo(413);
    assertThat(oversized.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(oversized.body()).contains("larger than the limit of 512 KiB");

    HttpResponse<String> malformed = putLogo(ours.id(), Arrays.copyOf(png, 30), token);
    assertThat(malformed.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(malformed.body());
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("logo");
    assertThat(problem.get("errors").get(0).get("message").asString())
        .isEqualTo("The file is not a readable image");
    HttpResponse<String> notAnImage =
        putLogo(ours.id(), "<svg/>".getBytes(StandardCharsets.UTF_8), token);
    assertThat(notAnImage.statusCode()).isEqualTo(400);
    assertThat(notAnImage.body()).contains("Only PNG and JPEG images");
  }

  @Test
  void openApiDescription_isServed_andMatchesTheApi() throws Exception {
    HttpResponse<String> response = get("/api/v1/openapi/members.json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode doc = json.readTree(response.body());
    assertThat(doc.get("openapi").asString()).startsWith("3.");
    assertThat(doc.at("/paths").propertyNames())
        .containsExactlyInAnyOrder(
            "/api/v1/organisations",
            "/api/v1/organisations/{id}",
            "/api/v1/organisations/{id}/logo");

    Set<String> documentedParameters = new TreeSet<>();
    doc.at("/paths/~1api~1v1~1organisations/get/parameters")
        .forEach(p -> documentedParameters.add(p.get("name").asString()));
    Set<String> actualParameters = new TreeSet<>();
    for (var parameter :
        OrganisationApiController.class
            .getDeclaredMethod(
                "list",
                int.class,
                int.class,
                String.class,
                String.class,
                String.class,
                String.class)
            .getParameters()) {
      actualParameters.add(parameter.getName());
    }
    assertThat(documentedParameters).isEqualTo(actualParameters);

    Set<String> documentedFields =
        new TreeSet<>(doc.at("/components/schemas/Organisation/properties").propertyNames());
    Set<String> actualFields = new TreeSet<>();
    for (var component : OrganisationApiController.OrganisationJson.class.getRecordComponents()) {
      actualFields.add(component.getName());
    }
    assertThat(documentedFields).isEqualTo(actualFields);
    Set<String> segments = new TreeSet<>();
    doc.at("/components/schemas/Segment/enum").forEach(s -> segments.add(s.asString()));
    assertThat(segments).hasSize(ValueChainSegment.values().length);
    Set<String> materials = new TreeSet<>();
    doc.at("/components/schemas/Material/enum").forEach(s -> materials.add(s.asString()));
    assertThat(materials).hasSize(Material.values().length).contains("NdFeB", "AlNiCo");
  }
}
