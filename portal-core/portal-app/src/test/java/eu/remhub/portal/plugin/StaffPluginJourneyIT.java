package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
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

  /** The test runs in portal-core/portal-app; the README's pictures live at the repository root. */
  private static final Path SCREENSHOTS = Path.of("../../docs/screenshots");
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 1000;

  private static final By HELLO_ENTRY = By.cssSelector("#main-nav vaadin-side-nav-item[data-path='hello']");
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
    waitUntilSettled();
    screenshot("home.png");

    browser.get(url("/admin/plugins"));
    wait.until(visibilityOfElementLocated(By.id("plugins-grid")));
    wait.until(textToBe(HELLO_STATE, "Enabled"));
    wait.until(visibilityOfElementLocated(HELLO_ENTRY));
    waitUntilSettled();
    screenshot("plugins.png");

    wait.until(elementToBeClickable(By.id("disable-hello"))).click();
    wait.until(invisibilityOfElementLocated(HELLO_ENTRY));
    wait.until(textToBe(HELLO_STATE, "Disabled"));
    assertThat(plugins.find("hello").orElseThrow().state()).isEqualTo(PluginState.DISABLED);

    wait.until(elementToBeClickable(By.id("enable-hello"))).click();
    wait.until(visibilityOfElementLocated(HELLO_ENTRY));
    wait.until(textToBe(HELLO_STATE, "Enabled"));

    wait.until(elementToBeClickable(HELLO_ENTRY)).click();
    wait.until(urlContains("/hello"));
    wait.until(textToBePresentInElementLocated(By.id("hello-text"), "Hello from a plugin"));
  }

  private void signInAsStaff() {
    browser.get(url("/login"));
    // The login form renders its inputs into the light DOM so that password managers see them.
    var username = wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
    username.sendKeys("staff@it.example");
    browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(TestSupport.PASSWORD);
    browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    wait.until(not(urlContains("/login")));
    wait.until(visibilityOfElementLocated(By.id("main-nav")));
    wait.until(visibilityOfElementLocated(By.id("account-menu")));
  }

  private void openBrowser() throws IOException {
    browser = chromium.open();
    // The README shows the light theme, whatever the machine prefers.
    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
    wait = chromium.waiting();
  }

  /** Waits until Vaadin has no request in flight, the web fonts are in and two frames are painted. */
  private void waitUntilSettled() {
    wait.until(vaadinIsIdle());
    wait.until(d -> Boolean.TRUE.equals(js("return document.fonts.status === 'loaded';")));
    browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
  }

  private static ExpectedCondition<Boolean> vaadinIsIdle() {
    return d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "const flow = window.Vaadin && window.Vaadin.Flow;"
            + "return !!flow && !!flow.clients && Object.keys(flow.clients).length > 0"
            + " && Object.values(flow.clients).every(c => !c.isActive || !c.isActive());"));
  }

  /**
   * Saves the whole page: the window grows to the height of the layout's scrolling content for the
   * picture and shrinks back afterwards.
   */
  private void screenshot(String name) {
    Number height = (Number) js(
        "const layout = document.querySelector('vaadin-app-layout');"
            + "const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');"
            + "const inner = content ? content.getBoundingClientRect().top + content.scrollHeight : 0;"
            + "return Math.ceil(Math.max(document.documentElement.scrollHeight, inner));");
    boolean taller = height.intValue() > HEIGHT;
    if (taller) {
      browser.manage().window().setSize(new Dimension(WIDTH, height.intValue()));
      waitUntilSettled();
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (taller) {
        browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
      }
    }
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

}
