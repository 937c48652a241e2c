package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired MailOutbox mail;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations organisations;

  private Path profile;
  private ChromeDriverService service;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @RegisterExtension
  final AfterTestExecutionCallback keepEvidence =
      context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
          Path dir = Files.createDirectories(Path.of("target", "selenium"));
          String name = context.getRequiredTestMethod().getName();
          Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
          Files.writeString(dir.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
        }
      };

  @BeforeAll
  static void chromiumIsInstalled() {
    List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(f -> !f.canExecute()).map(File::getPath).toList();
    if (!missing.isEmpty()) {
      throw new AssertionError("The browser tests drive Debian's Chromium through chromedriver, and this machine lacks "
          + String.join(" and ", missing) + ". Install both:\n  sudo apt-get update && sudo apt-get install -y chromium chromium-driver");
    }
  }

  @BeforeEach
  void openBrowser() throws IOException {
    profile = Files.createTempDirectory("remhub-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort()
        .withLogFile(new File("target/chromedriver-member.log")).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, PATIENCE);
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    delete(profile);
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
    wait.until(textToBePresentInElementLocated(By.id("verify-result"), "Your address is confirmed"));

    browser.get(url("/login"));
    wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
    browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("a long enough password");
    browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    wait.until(not(urlContains("/login")));
    wait.until(visibilityOfElementLocated(By.id("account-menu")));

    browser.get(url("/organisation/profile"));
    wait.until(textToBePresentInElementLocated(By.id("profile-status"), "Waiting for approval"));
    WebElement capabilities = wait.until(visibilityOfElementLocated(By.cssSelector("#profile-capabilities textarea")));
    capabilities.sendKeys("Hydrogen decrepitation of end-of-life NdFeB, 2 t a week");
    capabilities.sendKeys(Keys.TAB);
    type("profile-website", "https://tatra-magnets.example");
    wait.until(elementToBeClickable(By.id("profile-save"))).click();
    wait.until(textToBePresentInElementLocated(By.tagName("vaadin-notification-card"), "Profile saved"));

    long organisationId = members.findPersonByEmail(email).orElseThrow().organisationId();
    OrganisationProfile saved = organisations.find(organisationId).orElseThrow();
    assertThat(saved.country()).isEqualTo("SK");
    assertThat(saved.vatId()).isEqualTo("SK2020123456");
    assertThat(saved.capabilities()).isEqualTo("Hydrogen decrepitation of end-of-life NdFeB, 2 t a week");
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

  private static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
