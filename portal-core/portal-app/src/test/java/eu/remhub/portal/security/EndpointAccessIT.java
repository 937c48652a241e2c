package eu.remhub.portal.security;

import static eu.remhub.portal.TestSupport.Persona.ANONYMOUS;
import static eu.remhub.portal.TestSupport.Persona.MEMBER;
import static eu.remhub.portal.TestSupport.Persona.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.member.MemberRepository;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every HTTP endpoint that Spring MVC maps, actuator's included, called over real HTTP by a
 * visitor, a member and staff, against one table of who may use it; and the sign-in throttle as a
 * browser meets it. A new endpoint fails here until it is added to {@link #EXPECTED} with a
 * decision.
 */
@PortalIntegrationTest
class EndpointAccessIT {

  /**
   * Who gets what from one endpoint.
   *
   * @param why what the endpoint is for, so the next reader sees why its access is right
   * @param probe the path requested for it; null when its answer is not checked
   * @param expected the status each persona must get
   */
  private record Rule(String why, String probe, Map<Persona, Integer> expected) {
    static Rule everyone(String why, String probe) {
      return new Rule(why, probe, Map.of(ANONYMOUS, 200, MEMBER, 200, STAFF, 200));
    }

    static Rule staffOnly(String why, String probe) {
      return staffOnly(why, probe, 200);
    }

    /** Visitors are challenged, members forbidden, staff get {@code staffStatus}. */
    static Rule staffOnly(String why, String probe, int staffStatus) {
      return new Rule(why, probe, Map.of(ANONYMOUS, 401, MEMBER, 403, STAFF, staffStatus));
    }

    static Rule unchecked(String why) {
      return new Rule(why, null, Map.of());
    }
  }

  /** "METHOD pattern" (METHOD is * when the mapping takes any) → who gets what. */
  private static final Map<String, Rule> EXPECTED =
      Map.ofEntries(
          Map.entry(
              "GET /actuator", Rule.staffOnly("actuator's index of its endpoints", "/actuator")),
          Map.entry(
              "GET /actuator/health",
              Rule.everyone("status for load balancers and monitoring", "/actuator/health")),
          Map.entry(
              "GET /actuator/health/**",
              Rule.everyone("status of one component", "/actuator/health/db")),
          Map.entry(
              "GET /actuator/info",
              Rule.everyone("build and version information", "/actuator/info")),
          Map.entry(
              "* /error",
              new Rule(
                  "the page errors are forwarded to; asked for directly, it is a missing page",
                  "/error",
                  Map.of(ANONYMOUS, 404, MEMBER, 404, STAFF, 404))),
          Map.entry(
              "* /actuator/**",
              Rule.staffOnly(
                  "actuator paths that no exposed endpoint answers", "/actuator/env", 404)),
          Map.entry(
              "GET /api/v1/admin/plugins",
              Rule.staffOnly("the Plugins view's list, for scripts", "/api/v1/admin/plugins")),
          Map.entry(
              "POST /api/v1/admin/plugins/{id}/enable",
              Rule.staffOnly(
                  "the Plugins view's Enable, for scripts",
                  "/api/v1/admin/plugins/no-such-plugin/enable",
                  404)),
          Map.entry(
              "POST /api/v1/admin/plugins/{id}/disable",
              Rule.staffOnly(
                  "the Plugins view's Disable, for scripts",
                  "/api/v1/admin/plugins/no-such-plugin/disable",
                  404)),
          Map.entry(
              "GET /api/v1/organisations",
              Rule.everyone(
                  "the member directory: public fields of approved organisations",
                  "/api/v1/organisations")),
          Map.entry(
              "GET /api/v1/organisations/{id}",
              Rule.everyone(
                  "one approved organisation's public fields", "/api/v1/organisations/1")),
          Map.entry(
              "GET /api/v1/search",
              Rule.everyone(
                  "search: hits and facets filtered by the caller's visibility",
                  "/api/v1/search?q=magnet")),
          Map.entry(
              "GET /api/v1/openapi.yaml",
              Rule.everyone("OpenAPI description of the search API", "/api/v1/openapi.yaml")),
          Map.entry(
              "GET /v3/api-docs",
              Rule.everyone(
                  "the whole API in one OpenAPI document, for client generators", "/v3/api-docs")),
          Map.entry(
              "GET /api/v1/openapi/members.json",
              Rule.everyone(
                  "OpenAPI description of the member directory API",
                  "/api/v1/openapi/members.json")),
          Map.entry(
              "PUT /api/v1/organisations/{id}/logo",
              new Rule(
                  "an organisation's logo: its own API token, its admins or staff (see MemberApiIT); the probe sends"
                      + " no image, so staff get 400",
                  "/api/v1/organisations/1/logo",
                  Map.of(ANONYMOUS, 401, MEMBER, 403, STAFF, 400))),
          Map.entry(
              "POST /webhooks/stripe",
              new Rule(
                  "Stripe's webhook: authenticated by its signature, not by a person (see StripeWebhookIT); with"
                      + " manual billing, as here, it is not found for anyone",
                  "/webhooks/stripe",
                  Map.of(ANONYMOUS, 404, MEMBER, 404, STAFF, 404))),
          Map.entry(
              "* /api/v1/**",
              new Rule(
                  "plugin endpoints: each states its Access, which PluginApiDispatcher checks per call"
                      + " (see PluginApiIT); an unknown one is not found for anyone",
                  "/api/v1/no-such-endpoint",
                  Map.of(ANONYMOUS, 404, MEMBER, 404, STAFF, 404))));

  private static final String THROTTLED = "throttled@it.example";
  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired MemberRepository members;
  @Autowired PasswordEncoder encoder;
  @Autowired AuthenticationProvider authenticationProvider;
  @Autowired LoginThrottle throttle;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void createAccounts() {
    accounts.user(MEMBER);
    accounts.user(STAFF);
  }

  @Test
  void everyMappedEndpoint_hasARowInTheAccessTable_andEveryRowAnEndpoint() {
    Set<String> mapped = mappedEndpoints().keySet();

    assertThat(mapped)
        .as("actuator's endpoints are among those found")
        .contains("GET /actuator/health");
    Set<String> missing = new TreeSet<>(mapped);
    missing.removeAll(EXPECTED.keySet());
    assertThat(missing)
        .as(
            "Endpoints without a row in EndpointAccessIT.EXPECTED (found in %s). Add each one, deciding"
                + " who may call it, and say so in SecurityConfig.apiChain",
            mappedEndpoints())
        .isEmpty();
    Set<String> stale = new TreeSet<>(EXPECTED.keySet());
    stale.removeAll(mapped);
    assertThat(stale)
        .as("Rows of EndpointAccessIT.EXPECTED whose endpoint is no longer mapped: remove them")
        .isEmpty();
  }

  @Test
  void everyEndpoint_answersEachPersonaAsTheTableSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String endpoint : new TreeSet<>(mappedEndpoints().keySet())) {
      Rule rule = EXPECTED.get(endpoint);
      if (rule == null || rule.probe() == null) {
        continue;
      }
      String method =
          endpoint.startsWith("* ") ? "GET" : endpoint.substring(0, endpoint.indexOf(' '));
      for (var expected : rule.expected().entrySet()) {
        HttpResponse<String> answer = send(method, rule.probe(), expected.getKey());
        int status = answer.statusCode();
        if (status != expected.getValue()) {
          String body = answer.body() == null ? "" : answer.body();
          wrong.add(
              "%s %s as %s: %d, expected %d (%s)"
                  .formatted(
                      method,
                      rule.probe(),
                      expected.getKey(),
                      status,
                      expected.getValue(),
                      body.substring(0, Math.min(body.length(), 300))));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void pathsThatNameNothing_answer404InWords() throws Exception {
    HttpResponse<String> error = send("GET", "/error", ANONYMOUS);
    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.body()).doesNotContain("999");

    HttpResponse<String> env = send("GET", "/actuator/env", STAFF);
    assertThat(env.statusCode()).isEqualTo(404);
    assertThat(env.body())
        .contains("There is no endpoint at /actuator/env")
        .doesNotContain("<html");
  }

  @Test
  void badInput_getsProblemsInWords_namingNoClassOrParserToken() throws Exception {
    for (String path :
        List.of(
            "/api/v1/search?q=%22unclosed",
            "/api/v1/search?q=AND+OR+(((",
            "/api/v1/search?q=magnet&page=abc",
            "/api/v1/search?q=magnet&size=-1",
            "/api/v1/search?q=magnet&sort=sideways",
            "/api/v1/organisations/abc",
            "/api/v1/organisations?page=x")) {
      HttpResponse<String> answer = send("GET", path, ANONYMOUS);
      assertThat(answer.statusCode()).as(path).isBetween(200, 499);
      assertThat(answer.body())
          .as(path)
          .doesNotContainIgnoringCase("exception")
          .doesNotContain("eu.remhub", "java.", "jackson", "lucene", "Encountered", "<EOF>");
    }
  }

  @Test
  void health_reportsDatabaseAndPluginRuntimeUp_toVisitors() throws Exception {
    JsonNode health = health(ANONYMOUS);

    assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
    assertThat(health.at("/components/plugins/status").asString()).isEqualTo("UP");
  }

  @Test
  void healthDetails_areShownToStaffOnly() throws Exception {
    assertThat(health(ANONYMOUS).at("/components/plugins/details").isMissingNode()).isTrue();
    assertThat(health(MEMBER).at("/components/db/details").isMissingNode()).isTrue();
    assertThat(health(STAFF).at("/components/plugins/details/failed").isMissingNode()).isFalse();
  }

  @Test
  void signedInBrowserSession_doesNotAuthoriseMachineEndpoints() throws Exception {
    // CSRF protection is off for /api and /actuator, so a session cookie must not count there.
    HttpClient browser = browser();
    assertThat(formLogin(browser, "staff@it.example", TestSupport.PASSWORD)).isEqualTo("/");

    HttpResponse<String> list =
        browser.send(
            HttpRequest.newBuilder(url("/api/v1/admin/plugins")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> enable =
        browser.send(
            HttpRequest.newBuilder(url("/api/v1/admin/plugins/no-such-plugin/enable"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(list.statusCode()).isEqualTo(401);
    assertThat(enable.statusCode()).isEqualTo(401);
  }

  @Test
  void fiveFailedSignIns_lockTheAccount_evenForTheRightPassword_whileOthersStillSignIn()
      throws Exception {
    throttledAccount();

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(throttle.blockedFor(THROTTLED, ""))
          .as("locked before failure %d", attempt)
          .isZero();
      assertThat(formLogin(THROTTLED, "wrong password " + attempt))
          .as("attempt %d", attempt)
          .isEqualTo("/login?error");
    }
    assertThat(throttle.blockedFor(THROTTLED, "")).as("locked after five failures").isPositive();

    assertThat(formLogin(THROTTLED, TestSupport.PASSWORD)).isEqualTo("/login?error");
    assertThatThrownBy(
            () -> authenticationProvider.authenticate(credentials(THROTTLED, TestSupport.PASSWORD)))
        .isInstanceOf(LockedException.class)
        .hasMessageStartingWith("Too many failed sign-ins. Try again in ");
    assertThat(formLogin("member@it.example", TestSupport.PASSWORD)).isEqualTo("/");
  }

  /** Every path pattern and method that Spring MVC maps, with the handler mapping bean's name. */
  private Map<String, String> mappedEndpoints() {
    Map<String, String> endpoints = new TreeMap<>();
    context
        .getBeansOfType(RequestMappingInfoHandlerMapping.class)
        .forEach(
            (bean, mapping) -> {
              for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                  methods.add("*");
                }
                for (String pattern : info.getPatternValues()) {
                  methods.forEach(m -> endpoints.put(m + " " + pattern, bean));
                }
              }
            });
    return endpoints;
  }

  private HttpResponse<String> send(String method, String path, Persona persona)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url(path)).method(method, HttpRequest.BodyPublishers.noBody());
    if (persona != ANONYMOUS) {
      String credentials = accounts.user(persona).email() + ":" + TestSupport.PASSWORD;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Signs in as a browser does: opens the login page, takes the CSRF token from the page's meta
   * tags (the login form posts it along) and posts the form. Returns where the portal redirects to.
   */
  private String formLogin(String email, String password) throws IOException, InterruptedException {
    return formLogin(browser(), email, password);
  }

  private String formLogin(HttpClient browser, String email, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, String> meta = new TreeMap<>();
    Matcher m = META.matcher(page.body());
    while (m.find()) {
      meta.put(m.group(1), m.group(2));
    }
    assertThat(meta)
        .as("CSRF meta tags of the login page")
        .containsKeys("_csrf", "_csrf_parameter");
    String form =
        "username="
            + encode(email)
            + "&password="
            + encode(password)
            + "&"
            + encode(meta.get("_csrf_parameter"))
            + "="
            + encode(meta.get("_csrf"));
    HttpResponse<String> posted =
        browser.send(
            HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode())
        .as("answer to the login form: %s", posted.body())
        .isEqualTo(302);
    URI location = url("/").resolve(posted.headers().firstValue("Location").orElseThrow());
    return location.getRawPath()
        + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
  }

  /**
   * A client that keeps cookies and does not follow redirects, as a browser tab would show them.
   */
  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private JsonNode health(Persona persona) throws IOException, InterruptedException {
    HttpResponse<String> response = send("GET", "/actuator/health", persona);
    assertThat(response.statusCode()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body());
  }

  private void throttledAccount() {
    if (members.findPersonByEmail(THROTTLED).isEmpty()) {
      long organisation = accounts.organisation("Test Magnetics", "DE");
      members.insertPerson(
          THROTTLED,
          encoder.encode(TestSupport.PASSWORD),
          "Throttled",
          organisation,
          Set.of(Roles.MEMBER),
          "en",
          Instant.now());
    }
  }

  private static UsernamePasswordAuthenticationToken credentials(String email, String password) {
    var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    token.setDetails(new WebAuthenticationDetails("127.0.0.1", null));
    return token;
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
