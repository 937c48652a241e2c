package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.member.MemberFixtures.Org;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.security.AccountSessions;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sessions as a browser meets them: a new session id at sign-in, every session of a disabled or
 * erased account ended at once, and idle sessions closed.
 */
@PortalIntegrationTest
class SessionsIT {

  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

  @LocalServerPort int port;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations store;
  @Autowired PasswordEncoder encoder;
  @Autowired AccountSessions sessions;
  @Autowired AccountService accountService;
  @Autowired PrivacyService privacy;
  @Autowired Accounts accounts;
  @Autowired Environment env;
  @Autowired WebApplicationContext web;

  MemberFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new MemberFixtures(members, store, encoder);
  }

  @AfterEach
  void signOut() {
    MemberFixtures.signOut();
  }

  /** A browser-like client: keeps cookies, shows redirects instead of following them. */
  private record Browser(HttpClient http, CookieManager cookies) {
    String sessionId() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("JSESSIONID"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse(null);
    }
  }

  private static Browser browser() {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    return new Browser(
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        cookies);
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /**
   * Opens the login page, then posts the form with its CSRF token; returns where the portal
   * redirects to.
   */
  private String signIn(Browser browser, String email) throws IOException, InterruptedException {
    HttpResponse<String> page =
        browser
            .http()
            .send(
                HttpRequest.newBuilder(url("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
    Map<String, String> meta = new TreeMap<>();
    Matcher m = META.matcher(page.body());
    while (m.find()) {
      meta.put(m.group(1), m.group(2));
    }
    String form =
        "username="
            + enc(email)
            + "&password="
            + enc(MemberFixtures.PASSWORD)
            + "&"
            + enc(meta.get("_csrf_parameter"))
            + "="
            + enc(meta.get("_csrf"));
    HttpResponse<String> posted =
        browser
            .http()
            .send(
                HttpRequest.newBuilder(url("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return posted
        .headers()
        .firstValue("Location")
        .orElse("(no redirect, " + posted.statusCode() + ")");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private int status(Browser browser, String path) throws IOException, InterruptedException {
    return browser
        .http()
        .send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void signIn_givesANewSessionId() throws Exception {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    Browser browser = browser();
    browser
        .http()
        .send(
            HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.discarding());
    String before = browser.sessionId();
    assertThat(before).isNotNull();

    assertThat(signIn(browser, org.memberEmail())).doesNotContain("error");

    assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(sessions.count(org.memberId())).isEqualTo(1);
  }

  @Test
  void disablingAnAccount_endsAllItsSessionsAtOnce() throws Exception {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    Browser laptop = browser();
    Browser phone = browser();
    signIn(laptop, org.memberEmail());
    signIn(phone, org.memberEmail());
    String laptopSession = laptop.sessionId();
    assertThat(sessions.count(org.memberId())).isEqualTo(2);
    assertThat(status(laptop, "/account")).isEqualTo(200);

    accounts.signIn(Persona.STAFF);
    accountService.setEnabled(org.memberId(), false);

    assertThat(sessions.count(org.memberId())).isZero();
    status(laptop, "/account");
    assertThat(laptop.sessionId())
        .as("the old session is gone; the portal starts a new, anonymous one")
        .isNotEqualTo(laptopSession);
    assertThat(signIn(browser(), org.memberEmail()))
        .as("a disabled account cannot sign in")
        .contains("error");

    accountService.setEnabled(org.memberId(), true);
    assertThat(signIn(browser(), org.memberEmail())).doesNotContain("error");
  }

  @Test
  void erasingAnAccount_endsItsSessions() throws Exception {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    Browser browser = browser();
    signIn(browser, org.memberEmail());
    String session = browser.sessionId();
    assertThat(sessions.count(org.memberId())).isEqualTo(1);

    accounts.signIn(Persona.STAFF);
    privacy.erase(org.memberId());

    assertThat(sessions.count(org.memberId())).isZero();
    status(browser, "/account");
    assertThat(browser.sessionId()).isNotEqualTo(session);
  }

  @Test
  void idleSessions_close_evenWithATabOpen() {
    assertThat(env.getProperty("vaadin.closeIdleSessions", Boolean.class))
        .as("heartbeats alone do not keep a session")
        .isTrue();
    Duration timeout = env.getProperty("server.servlet.session.timeout", Duration.class);
    Duration heartbeat =
        Duration.ofSeconds(env.getProperty("vaadin.heartbeatInterval", Integer.class));
    assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
    assertThat(heartbeat).isLessThan(timeout);
    assertThat(web.getServletContext().getSessionTimeout()).isEqualTo(30);
  }
}
