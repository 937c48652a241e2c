package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import eu.remhub.portal.HeadlessChromium;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member of staff turns a plugin off and on again in a real browser (Debian's Chromium, headless)
 * against the running portal, and the side navigation follows without a reload. The test also
 * renews the README's screenshots of the home page and the plugins view.
 */
@PortalIntegrationTest
class StaffPluginJourneyIT {

  private static final int WIDTH = 1400;
  private static final int HEIGHT = 1000;

  private static final By HELLO_ENTRY =
      By.cssSelector("#main-nav vaadin-side-nav-item[data-path='hello']");
  private static final By HELLO_STATE = By.id("state-hello");

  @LocalServerPort int port;
  @Autowired PluginService plugins;
  @Autowired Accounts accounts;

  @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium("staff", WIDTH, HEIGHT);
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void helloIsEnabled_andABrowserIsOpen() throws IOException {
    accounts.signIn(Persona.STAFF);
    try (InputStream in = Files.newInputStream(TestPlugins.hello("1.0.0", "Hello from a plugin"))) {
      plugins.upload("hello-1.0.0.jar", in);
    }
    assertThat(plugins.enable("hello")).isTrue();
    openBrowser();
  }

  @AfterEach
  void closeBrowser_andRemoveHello() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("hello").isPresent()) {
      plugins.uninstall("hello", true);
    }
    SecurityContextHolder.clearContext();
  }

  @Test
  void staffDisablesAndEnablesAPlugin_andTheSideNavigationFollows() {
    signInAsStaff();
    chromium.waitUntilSettled();
    chromium.screenshot("home.png");

    browser.get(url("/admin/plugins"));
    wait.until(visibilityOfElementLocated(By.id("plugins-grid")));
    wait.until(textToBe(HELLO_STATE, "Enabled"));
    wait.until(visibilityOfElementLocated(HELLO_ENTRY));
    chromium.waitUntilSettled();
    chromium.screenshot("plugins.png");

    wait.until(elementToBeClickable(By.id("disable-hello"))).click();
    wait.until(invisibilityOfElementLocated(HELLO_ENTRY));
    wait.until(textToBe(HELLO_STATE, "Disabled"));
    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginStatus.DISABLED);

    wait.until(elementToBeClickable(By.id("enable-hello"))).click();
    wait.until(visibilityOfElementLocated(HELLO_ENTRY));
    wait.until(textToBe(HELLO_STATE, "Enabled"));

    wait.until(elementToBeClickable(HELLO_ENTRY)).click();
    wait.until(urlContains("/hello"));
    wait.until(textToBePresentInElementLocated(By.id("hello-text"), "Hello from a plugin"));
  }

  private void signInAsStaff() {
    chromium.signIn(url(""), "staff@it.example", TestSupport.PASSWORD);
  }

  private void openBrowser() throws IOException {
    browser = chromium.open();
    chromium.preferLightTheme();
    wait = chromium.waiting();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
