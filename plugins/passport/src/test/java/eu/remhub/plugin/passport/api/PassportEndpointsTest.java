package eu.remhub.plugin.passport.api;

import static eu.remhub.plugin.passport.TestData.MAKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.web.ApiCaller;
import eu.remhub.portal.api.web.ApiEndpoint;
import eu.remhub.portal.api.web.ApiException;
import eu.remhub.portal.api.web.ApiRequest;
import eu.remhub.portal.api.web.ApiResponse;
import eu.remhub.portal.testkit.RecordingAuditLog;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The REST handlers, called as the portal's dispatcher calls them, per caller tier. */
class PassportEndpointsTest {

  private static final ApiCaller VISITOR = new ApiCaller(Optional.empty(), 0, "");
  private static final ApiCaller MAKER_TOKEN = new ApiCaller(Optional.empty(), MAKER.id(), "erp");
  private static final ApiCaller RECYCLER_TOKEN =
      new ApiCaller(Optional.empty(), TestData.RECYCLER.id(), "erp");

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  private TestPluginContext context;
  private PassportEndpoints endpoints;
  private long id;

  @BeforeEach
  void publish() {
    context = plugin.context();
    TestData.setUp(context);
    PassportService service = new PassportService(context);
    Viewer owner = TestData.viewer(TestData.OWNER);
    id =
        service.create(
            owner, MAKER.id(), TestData.BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, id);
    endpoints = new PassportEndpoints(context);
  }

  @Test
  void endpoints_declareWhoMayCallThem() {
    assertThat(endpoints.endpoints())
        .extracting(e -> e.method() + " " + e.path() + " " + e.access().kind())
        .contains(
            "GET passports/{id} ANONYMOUS",
            "POST passports ENTITLEMENT",
            "PUT passports/{id} ENTITLEMENT",
            "POST passports/{id}/events ENTITLEMENT",
            "GET passports/schema ANONYMOUS",
            "GET passports/openapi ANONYMOUS");
    assertThat(endpoints.endpoints())
        .filteredOn(e -> !e.method().equals("GET") || e.path().equals("passports/export"))
        .allSatisfy(e -> assertThat(e.access().value()).isEqualTo("passport.manage"));
  }

  @Test
  void get_asVisitor_answersPublicFieldsOnly_andLogsNothing() throws Exception {
    JsonNode body =
        json(call("GET", "passports/{id}", Map.of("id", Long.toString(id)), "", VISITOR));

    assertThat(body.path("tier").asString()).isEqualTo("PUBLIC");
    assertThat(body.path("magnets").get(0).has("composition")).isFalse();
    assertThat(body.path("magnets").get(0).path("grade").asString()).isEqualTo("N38UH");
    assertThat(body.has("removalInstructions")).isFalse();
    assertThat(body.path("chain").path("intact").asBoolean()).isTrue();
    assertThat(context.audit().entries())
        .extracting(RecordingAuditLog.Entry::action)
        .doesNotContain("passport.restricted-read");
  }

  @Test
  void get_withTheRecyclersToken_answersRestrictedFields_andLogsTheRead() throws Exception {
    JsonNode body =
        json(call("GET", "passports/{id}", Map.of("id", Long.toString(id)), "", RECYCLER_TOKEN));

    assertThat(body.path("tier").asString()).isEqualTo("LEGITIMATE_INTEREST");
    assertThat(body.path("magnets").get(0).path("composition")).hasSize(12);
    assertThat(body.path("removalInstructions").asString()).startsWith("Heat the rotor");
    assertThat(body.has("documents")).isFalse();
    assertThat(context.audit().entries())
        .filteredOn(e -> e.action().equals("passport.restricted-read"))
        .singleElement()
        .extracting(RecordingAuditLog.Entry::detail)
        .isEqualTo("LEGITIMATE_INTEREST via api, organisation 22");
  }

  @Test
  void get_withTheOwnersToken_answersEverything() throws Exception {
    JsonNode body =
        json(call("GET", "passports/{id}", Map.of("id", Long.toString(id)), "", MAKER_TOKEN));

    assertThat(body.path("tier").asString()).isEqualTo("OWNER");
    assertThat(body.path("documents")).hasSize(1);
    assertThat(body.path("versions")).hasSize(1);
  }

  @Test
  void get_unknownOrMalformedId_answers404Or400() {
    assertThatThrownBy(() -> call("GET", "passports/{id}", Map.of("id", "999"), "", VISITOR))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> call("GET", "passports/{id}", Map.of("id", "abc"), "", VISITOR))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e).hasMessage("id: 'abc' is not a passport number"));
  }

  @Test
  void get_ofAMissingVersion_saysWhichVersionIsMissing() {
    assertThatThrownBy(
            () ->
                endpoint("GET", "passports/{id}")
                    .handler()
                    .handle(
                        new ApiRequest(
                            "GET",
                            "passports/{id}",
                            Map.of("id", String.valueOf(id)),
                            Map.of("version", List.of("99")),
                            Map.of(),
                            null,
                            VISITOR)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404))
        .hasMessage("Passport " + id + " has no version 99");
    assertThatThrownBy(() -> call("GET", "passports/{id}", Map.of("id", "999"), "", VISITOR))
        .hasMessage("There is no passport 999");
  }

  @Test
  void get_byDigitalLink_findsThePassport() throws Exception {
    ApiResponse response =
        endpoint("GET", "passports")
            .handler()
            .handle(
                new ApiRequest(
                    "GET",
                    "passports",
                    Map.of(),
                    Map.of(
                        "link", List.of("https://hub.example.eu/01/03830012345120/10/SV-2601-07")),
                    Map.of(),
                    null,
                    VISITOR));

    assertThat(json(response).path("id").asLong()).isEqualTo(id);
  }

  @Test
  void create_withTheOrganisationsToken_publishesAtOnceWhenAsked() throws Exception {
    String document =
        PassportJson.write(
            Map.of(
                "identifier",
                Map.of("gtin", "4012345670097"),
                "granularity",
                "MODEL",
                "status",
                "PUBLISHED",
                "hostProduct",
                TestData.tractionMotor().hostProduct(),
                "magnets",
                TestData.tractionMotor().magnets(),
                "events",
                List.of(
                    Map.of(
                        "type",
                        "COMMISSION",
                        "occurredAt",
                        "2026-02-01T08:00:00Z",
                        "country",
                        "SI"))));

    ApiResponse response = call("POST", "passports", Map.of(), document, MAKER_TOKEN);

    assertThat(response.status()).isEqualTo(201);
    JsonNode body = json(response);
    assertThat(body.path("status").asString()).isEqualTo("PUBLISHED");
    assertThat(body.path("digitalLink").asString()).isEqualTo("/01/04012345670097");
    assertThat(response.headers())
        .containsEntry("Location", "/api/v1/passports/" + body.path("id").asLong());
    JsonNode created =
        json(call("GET", "passports/{id}", Map.of("id", body.path("id").asString()), "", VISITOR));
    assertThat(created.path("events")).hasSize(1);
    assertThat(created.path("chain").path("entries").asInt()).isEqualTo(2);
  }

  @Test
  void create_withInvalidDocument_answers400NamingEachProblem() {
    String document =
        PassportJson.write(
            Map.of(
                "identifier",
                Map.of("gtin", "4012345670098"),
                "granularity",
                "MODEL",
                "hostProduct",
                Map.of("category", "ELECTRIC_MOTOR"),
                "magnets",
                List.of(
                    Map.of(
                        "family",
                        "SM2CO17",
                        "grade",
                        "N42",
                        "massGrams",
                        0,
                        "count",
                        1,
                        "composition",
                        List.of(Map.of("substance", "Sm", "role", "MAGNET", "percent", 50))))));

    assertThatThrownBy(() -> call("POST", "passports", Map.of(), document, MAKER_TOKEN))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage())
                  .contains(
                      "identifier.gtin: the GTIN 4012345670098 has a wrong check digit",
                      "magnets[0].grade: 'N42' is not a known grade of Sm2Co17",
                      "magnets[0].massGrams: the mass of a magnet must be above zero grams",
                      "magnets[0].composition: the composition adds up to 50 %");
            });
  }

  @Test
  void create_withMalformedJson_namesTheField() {
    String document =
        "{\"identifier\":{\"gtin\":\"4012345670097\"},\"granularity\":\"MODEL\",\"magnets\":[{\"family\":\"UNOBTAINIUM\"}]}";

    assertThatThrownBy(() -> call("POST", "passports", Map.of(), document, MAKER_TOKEN))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.getMessage()).startsWith("magnets[0].family: cannot read"));
  }

  @Test
  void changes_byAnotherOrganisationsToken_answer403() {
    String content = PassportJson.write(TestData.tractionMotor());
    context.grant(TestData.RECYCLER.id(), "passport.manage");

    assertThatThrownBy(
            () ->
                call(
                    "PUT",
                    "passports/{id}",
                    Map.of("id", Long.toString(id)),
                    content,
                    RECYCLER_TOKEN))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void update_ofAPublishedPassport_makesVersion2_thenPublishSupersedesVersion1() throws Exception {
    String content =
        PassportJson.write(TestData.tractionMotor())
            .replace("Traction motor of a city bus", "revised");

    JsonNode saved =
        json(call("PUT", "passports/{id}", Map.of("id", Long.toString(id)), content, MAKER_TOKEN));
    JsonNode published =
        json(
            call(
                "POST",
                "passports/{id}/publish",
                Map.of("id", Long.toString(id)),
                "",
                MAKER_TOKEN));

    assertThat(saved.path("version").asInt()).isEqualTo(2);
    assertThat(published.path("version").asInt()).isEqualTo(2);
    JsonNode version1 =
        json(
            endpoint("GET", "passports/{id}")
                .handler()
                .handle(
                    new ApiRequest(
                        "GET",
                        "passports/" + id,
                        Map.of("id", Long.toString(id)),
                        Map.of("version", List.of("1")),
                        Map.of(),
                        null,
                        VISITOR)));
    assertThat(version1.path("status").asString()).isEqualTo("SUPERSEDED");
    assertThat(version1.path("hostProduct").path("description").asString())
        .isEqualTo("Traction motor of a city bus");
  }

  @Test
  void update_mayNotChangeTheIdentifier() {
    String document =
        PassportJson.write(
            Map.of(
                "identifier",
                Map.of("gtin", "4012345670097"),
                "magnets",
                TestData.tractionMotor().magnets(),
                "hostProduct",
                TestData.tractionMotor().hostProduct()));

    assertThatThrownBy(
            () ->
                call(
                    "PUT",
                    "passports/{id}",
                    Map.of("id", Long.toString(id)),
                    document,
                    MAKER_TOKEN))
        .hasMessage(
            "identifier: the identifier of a passport never changes; create a new passport instead");
  }

  @Test
  void appendEvent_extendsTheVerifiedChain() throws Exception {
    String event =
        "{\"type\":\"SHIP\",\"occurredAt\":\"2026-02-20T10:00:00Z\",\"country\":\"SI\",\"place\":\"Celje\"}";

    ApiResponse response =
        call("POST", "passports/{id}/events", Map.of("id", Long.toString(id)), event, MAKER_TOKEN);

    assertThat(response.status()).isEqualTo(201);
    assertThat(json(response).path("seq").asInt()).isEqualTo(2);
    assertThat(json(response).path("chain").path("intact").asBoolean()).isTrue();
  }

  @Test
  void recycleEventWithoutInputs_answers400() {
    String event = "{\"type\":\"RECYCLE\",\"occurredAt\":\"2026-02-20T10:00:00Z\"}";

    assertThatThrownBy(
            () ->
                call(
                    "POST",
                    "passports/{id}/events",
                    Map.of("id", Long.toString(id)),
                    event,
                    MAKER_TOKEN))
        .hasMessage("inputs: a recycling event names the magnets it came from");
  }

  @Test
  void schemaAndOpenApi_areServed_alsoThroughTheIdTemplate() throws Exception {
    JsonNode schema = json(call("GET", "passports/schema", Map.of(), "", VISITOR));
    JsonNode sameSchema = json(call("GET", "passports/{id}", Map.of("id", "schema"), "", VISITOR));
    JsonNode openApi = json(call("GET", "passports/openapi", Map.of(), "", VISITOR));

    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(sameSchema).isEqualTo(schema);
    assertThat(openApi.path("openapi").asString()).startsWith("3.1");
    for (ApiEndpoint endpoint : endpoints.endpoints()) {
      assertThat(openApi.path("paths").has("/" + endpoint.path())).as(endpoint.path()).isTrue();
      assertThat(
              openApi
                  .path("paths")
                  .path("/" + endpoint.path())
                  .has(endpoint.method().toLowerCase()))
          .as(endpoint.method() + " " + endpoint.path())
          .isTrue();
    }
  }

  @Test
  void importWithABadRow_answers422AndImportsNothing() throws Exception {
    String json =
        "[{\"identifier\":{\"gtin\":\"4012345670097\"},\"granularity\":\"MODEL\",\"hostProduct\":{\"category\":\"OTHER\"},"
            + "\"magnets\":[]}]";

    ApiResponse response = call("POST", "passports/import", Map.of(), json, MAKER_TOKEN);

    assertThat(response.status()).isEqualTo(422);
    assertThat(json(response).path("problems").get(0).path("message").asString())
        .isEqualTo("magnets: a passport describes at least one magnet");
  }

  @Test
  void export_ofTheOrganisation_holdsItsPassports() throws Exception {
    JsonNode export = json(call("GET", "passports/export", Map.of(), "", MAKER_TOKEN));

    assertThat(export.path("format").asString()).isEqualTo("remhub-magnet-passports");
    assertThat(export.path("passports")).hasSize(1);
    assertThatThrownBy(() -> call("GET", "passports/export", Map.of(), "", RECYCLER_TOKEN))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void signedInPerson_isTheCallerToo() throws Exception {
    CurrentUser owner = TestData.OWNER;
    ApiCaller person = new ApiCaller(Optional.of(owner), 0, "");

    assertThat(
            json(call("GET", "passports/{id}", Map.of("id", Long.toString(id)), "", person))
                .path("tier")
                .asString())
        .isEqualTo("OWNER");
  }

  private ApiResponse call(
      String method, String path, Map<String, String> variables, String body, ApiCaller caller)
      throws Exception {
    return endpoint(method, path)
        .handler()
        .handle(
            new ApiRequest(
                method,
                path,
                variables,
                Map.of(),
                Map.of(),
                body.getBytes(StandardCharsets.UTF_8),
                caller));
  }

  private ApiEndpoint endpoint(String method, String path) {
    return endpoints.endpoints().stream()
        .filter(e -> e.method().equals(method) && e.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode json(ApiResponse response) {
    assertThat(response.contentType()).isEqualTo("application/json");
    return PassportJson.mapper().readTree(new String(response.body(), StandardCharsets.UTF_8));
  }
}
