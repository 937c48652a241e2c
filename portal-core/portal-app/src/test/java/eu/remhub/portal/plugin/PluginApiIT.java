package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.member.ApiTokenService;
import eu.remhub.portal.member.MemberRepository;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Plugin endpoints under /api/v1, called over real HTTP as visitor, person and API token. */
@PortalIntegrationTest
class PluginApiIT {

  @LocalServerPort int port;
  @Autowired PluginService plugins;
  @Autowired Accounts accounts;
  @Autowired ApiTokenService tokens;
  @Autowired MemberRepository members;

  private final HttpClient http = HttpClient.newHttpClient();
  private String entitledToken;
  private String plainToken;

  @BeforeEach
  void installHello() throws IOException {
    accounts.signIn(Persona.STAFF);
    var jar = TestPlugins.hello("1.0.0", "Hello");
    try (InputStream in = Files.newInputStream(jar)) {
      plugins.upload("hello.jar", in);
    }
    plugins.enable("hello");
    long entitled = accounts.organisation("Greeting Works", "IT");
    if (!members.entitlementsOf(entitled).contains("hello.greet")) {
      members.grantEntitlement(entitled, "hello.greet");
    }
    long plain = accounts.organisation("Quiet Metals", "FI");
    entitledToken = tokens.create(entitled, "test");
    plainToken = tokens.create(plain, "test");
  }

  @AfterEach
  void removeHello() {
    accounts.signIn(Persona.STAFF);
    plugins.uninstall("hello", true);
  }

  @Test
  void anonymousEndpoint_answersVisitors() throws Exception {
    var response = send("GET", "hello/greetings", null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"count\":1}");
  }

  @Test
  void entitlementEndpoint_wantsATokenOfAnEntitledOrganisation() throws Exception {
    assertThat(send("POST", "hello/greetings", "Hi", null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "hello/greetings", "Hi", "Bearer " + plainToken).statusCode())
        .isEqualTo(403);
    var created = send("POST", "hello/greetings", "Hi", "Bearer " + entitledToken);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body())
        .contains("\"organisation\":" + accounts.organisation("Greeting Works", "IT"));
    assertThat(send("GET", "hello/greetings", null, null).body()).isEqualTo("{\"count\":2}");
  }

  @Test
  void unknownOrRevokedToken_isRefusedWith401_notTreatedAsAVisitor() throws Exception {
    var unknown = send("GET", "hello/greetings", null, "Bearer rh_nonsense");
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).contains("unknown or revoked");

    accounts.signIn(Persona.STAFF);
    long org = accounts.organisation("Quiet Metals", "FI");
    tokens.list(org).forEach(t -> tokens.revoke(org, t.id()));
    assertThat(send("GET", "hello/greetings", null, "Bearer " + plainToken).statusCode())
        .isEqualTo(401);
  }

  @Test
  void signedInPerson_withBasicCredentials_passesAuthenticatedEndpoints() throws Exception {
    accounts.user(Persona.MEMBER);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("member@it.example:" + TestSupport.PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(send("GET", "hello/greetings/42", null, null).statusCode()).isEqualTo(401);
    var response = send("GET", "hello/greetings/42", null, basic);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"id\":\"42\"}");
  }

  @Test
  void badInput_andPluginFailures_areProblemDetails_thatRevealNoInternals() throws Exception {
    var bad = send("POST", "hello/greetings", " ", "Bearer " + entitledToken);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(bad.body()).contains("Send the greeting text as the body.");

    var failed = send("GET", "hello/fail", null, null);
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body())
        .contains("hello plugin could not answer")
        .doesNotContain("secret internals");

    assertThat(send("GET", "nothing/here", null, null).statusCode()).isEqualTo(404);
    assertThat(send("DELETE", "hello/greetings", null, null).statusCode()).isEqualTo(405);
  }

  @Test
  void disabledPlugin_endpointsAnswer404() throws Exception {
    accounts.signIn(Persona.STAFF);
    plugins.disable("hello", true);
    assertThat(send("GET", "hello/greetings", null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void pluginAdministration_overHttp_isForStaffOnly_andAnswersWithTheNewState() throws Exception {
    accounts.user(Persona.MEMBER);
    accounts.user(Persona.STAFF);
    String member = basic("member@it.example");
    String staff = basic("staff@it.example");
    assertThat(send("GET", "admin/plugins", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "admin/plugins", null, member).statusCode()).isEqualTo(403);
    assertThat(
            send("POST", "admin/plugins/hello/disable", null, "Bearer " + entitledToken)
                .statusCode())
        .isEqualTo(403);

    var disabled = send("POST", "admin/plugins/hello/disable", null, staff);
    assertThat(disabled.statusCode()).isEqualTo(200);
    assertThat(disabled.body()).contains("\"state\":\"DISABLED\"");
    var enabled = send("POST", "admin/plugins/hello/enable", null, staff);
    assertThat(enabled.statusCode()).isEqualTo(200);
    assertThat(enabled.body()).contains("\"state\":\"ENABLED\"").contains("\"millis\":");
    assertThat(send("POST", "admin/plugins/nothing/enable", null, staff).statusCode())
        .isEqualTo(404);
  }

  private static String basic(String email) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((email + ":" + TestSupport.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(String method, String path, String body, String authorization)
      throws Exception {
    var builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
