package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import eu.remhub.portal.HeadlessChromium;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person registers with a new organisation in a real browser (Debian's Chromium, headless),
 * confirms the address through the link in the mail (read from the outbox), signs in and edits the
 * organisation's profile.
 */
@PortalIntegrationTest
class MemberJourneyIT {

  @LocalServerPort int port;
  @Autowired MailOutbox mail;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations organisations;

  @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium("member", 1400, 1000);
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    browser = chromium.open();
    wait = chromium.waiting();
  }

  @Test
  void personRegisters_confirmsTheAddressFromTheOutbox_signsIn_andEditsTheOrganisationProfile() {
    String name = MemberFixtures.unique("Tatra Magnets");
    String email = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "@journey.example";

    browser.get(url("/login"));
    wait.until(elementToBeClickable(By.id("login-register"))).click();
    wait.until(urlContains("/register"));
    type("register-name", "Zuzana Horvathova");
    type("register-email", email);
    type("register-password", "a long enough password");
    type("register-password-repeat", "a long enough password");
    type("register-legal-name", name + " s.r.o.");
    type("register-short-name", name);
    type("register-country", "Slovakia");
    field("register-country").sendKeys(Keys.ENTER);
    type("register-vat", "SK2020123456");
    wait.until(elementToBeClickable(By.cssSelector("#register-segments vaadin-checkbox"))).click();
    wait.until(elementToBeClickable(By.id("register-submit"))).click();
    wait.until(textToBePresentInElementLocated(By.id("register-done"), email));

    MailOutbox.Message verification = mail.to(email, 1).get(0);
    Matcher link = RegistrationIT.LINK.matcher(verification.body());
    assertThat(link.find()).isTrue();
    browser.get(url(link.group(2) + "?" + link.group(3) + "=" + link.group(4)));
    wait.until(
        textToBePresentInElementLocated(By.id("verify-result"), "Your address is confirmed"));

    browser.get(url("/login"));
    wait.until(
            visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
        .sendKeys(email);
    browser
        .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
        .sendKeys("a long enough password");
    browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    wait.until(not(urlContains("/login")));
    wait.until(visibilityOfElementLocated(By.id("account-menu")));

    browser.get(url("/organisation/profile"));
    wait.until(textToBePresentInElementLocated(By.id("profile-status"), "Waiting for approval"));
    WebElement capabilities =
        wait.until(visibilityOfElementLocated(By.cssSelector("#profile-capabilities textarea")));
    capabilities.sendKeys("Hydrogen decrepitation of end-of-life NdFeB, 2 t a week");
    capabilities.sendKeys(Keys.TAB);
    type("profile-website", "https://tatra-magnets.example");
    wait.until(elementToBeClickable(By.id("profile-save"))).click();
    wait.until(
        textToBePresentInElementLocated(By.tagName("vaadin-notification-card"), "Profile saved"));

    long organisationId = members.findPersonByEmail(email).orElseThrow().organisationId();
    OrganisationProfile saved = organisations.find(organisationId).orElseThrow();
    assertThat(saved.country()).isEqualTo("SK");
    assertThat(saved.vatId()).isEqualTo("SK2020123456");
    assertThat(saved.capabilities())
        .isEqualTo("Hydrogen decrepitation of end-of-life NdFeB, 2 t a week");
    assertThat(saved.website()).isEqualTo("https://tatra-magnets.example");
  }

  private WebElement field(String id) {
    return wait.until(visibilityOfElementLocated(By.cssSelector("#" + id + " input")));
  }

  private void type(String id, String text) {
    WebElement input = field(id);
    input.clear();
    input.sendKeys(text);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
