package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import eu.remhub.portal.HeadlessChromium;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.member.EntitlementService;
import eu.remhub.portal.member.MemberRepository;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Manual invoicing in a real browser: an organisation's admin compares the plans, picks one, gives
 * the billing address and gets an invoice with bank details; staff mark the transfer received on
 * the billing dashboard; the admin finds the membership active and the plan's entitlements granted.
 * The test also renews the README's pictures of the pricing page, the dashboard and the billing
 * page.
 */
@PortalIntegrationTest
class BillingJourneyIT {

  private static final int WIDTH = 1400;
  private static final int HEIGHT = 1000;

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired MemberRepository members;
  @Autowired PasswordEncoder encoder;
  @Autowired MembershipService memberships;
  @Autowired EntitlementService entitlements;
  @Autowired JdbcClient jdbc;

  @RegisterExtension
  final HeadlessChromium chromium = new HeadlessChromium("billing", WIDTH, HEIGHT);

  private ChromeDriver browser;
  private WebDriverWait wait;

  @Test
  void adminSubscribes_staffMarkTheTransferReceived_andTheMembershipIsActive() throws IOException {
    long org = accounts.organisation("Lusatia Magnet Works", "DE");
    String admin = "admin@lusatia-magnets.example";
    members.insertPerson(
        admin,
        encoder.encode(TestSupport.PASSWORD),
        "Jana Nowak",
        org,
        Set.of(Roles.MEMBER, Roles.ORG_ADMIN),
        "en",
        Instant.now());
    accounts.user(TestSupport.Persona.STAFF);
    browser = chromium.open();
    chromium.preferLightTheme();
    wait = chromium.waiting();

    chromium.signIn(url(""), admin, TestSupport.PASSWORD);
    browser.get(url("/pricing"));
    wait.until(visibilityOfElementLocated(By.id("pricing-plans")));
    chromium.screenshot("pricing.png");
    click(By.id("choose-sme-year"));
    wait.until(urlContains("/organisation/billing"));

    type("subscribe-email", "input", "accounts@lusatia-magnets.example");
    type("subscribe-address", "textarea", "Gewerbering 12");
    type("subscribe-postal-code", "input", "02977");
    click(By.id("subscribe-submit"));
    String number = wait.until(visibilityOfElementLocated(By.id("invoice-reference"))).getText();
    assertThat(number).matches("REM-\\d{4}-\\d{5}");
    assertThat(memberships.find(org).orElseThrow().status()).isEqualTo(MembershipStatus.INCOMPLETE);
    assertThat(entitlements.organisationHas(org, "passport.manage")).isFalse();

    browser.manage().deleteAllCookies();
    chromium.signIn(url(""), "staff@it.example", TestSupport.PASSWORD);
    browser.get(url("/admin/billing"));
    wait.until(visibilityOfElementLocated(By.id("billing-history-chart")));
    long invoiceId =
        jdbc.sql("SELECT id FROM invoice WHERE number = ?")
            .param(number)
            .query(Long.class)
            .single();
    click(By.id("mark-paid-" + invoiceId));
    type("paid-reference", "input", "Transfer " + number);
    click(By.id("paid-confirm"));
    wait.until(d -> memberships.find(org).orElseThrow().status() == MembershipStatus.ACTIVE);
    chromium.screenshot("billing-dashboard.png");

    browser.manage().deleteAllCookies();
    chromium.signIn(url(""), admin, TestSupport.PASSWORD);
    browser.get(url("/organisation/billing"));
    wait.until(textToBe(By.id("billing-status"), "Active"));
    assertThat(browser.findElement(By.id("billing-plan")).getText()).startsWith("SME");
    assertThat(entitlements.organisationHas(org, "passport.manage")).isTrue();
    chromium.screenshot("organisation-billing.png");
  }

  /** Clicks with a script: grid cells and dialog buttons may sit under an overlay's edge. */
  private void click(By by) {
    WebElement element = wait.until(elementToBeClickable(by));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private void type(String fieldId, String tag, String text) {
    WebElement input =
        wait.until(visibilityOfElementLocated(By.cssSelector("#" + fieldId + " " + tag)));
    input.clear();
    // Vaadin fields send their value when they lose focus
    input.sendKeys(text, Keys.TAB);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
