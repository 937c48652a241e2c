package eu.remhub.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver, for the browser journeys. Selenium
 * Manager never runs (driver and binary are given), the profile is fresh and deleted afterwards,
 * background networking is off (the machine has no internet), and when a test fails the page's
 * screenshot and source go to {@code target/selenium}.
 */
public final class HeadlessChromium implements AfterTestExecutionCallback, AfterEachCallback {

  /** The test runs in portal-core/portal-app; the README's pictures live at the repository root. */
  public static final Path README_SCREENSHOTS = Path.of("../../docs/screenshots");

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  /** The first page of a fresh portal loads the whole production bundle on a 2-core machine. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final String name;
  private final int width;
  private final int height;
  private Path profile;
  private ChromeDriverService service;
  private ChromeDriver browser;
  private WebDriverWait wait;

  /**
   * @param name names the chromedriver log in target
   * @param width window width
   * @param height window height
   */
  public HeadlessChromium(String name, int width, int height) {
    this.name = name;
    this.width = width;
    this.height = height;
  }

  /** Starts the browser; fails with what to install when Chromium or its driver is missing. */
  public ChromeDriver open() throws IOException {
    List<String> missing =
        Stream.of(CHROMIUM, CHROMEDRIVER).filter(f -> !f.canExecute()).map(File::getPath).toList();
    if (!missing.isEmpty()) {
      throw new AssertionError(
          "The browser tests drive Debian's Chromium through chromedriver, and this machine lacks "
              + String.join(" and ", missing)
              + ". Install both, then run the tests again:\n"
              + "  sudo apt-get update && sudo apt-get install -y chromium chromium-driver");
    }
    profile = Files.createTempDirectory("remhub-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .withLogFile(new File("target/chromedriver-" + name + ".log"))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, PATIENCE);
    wait.ignoring(StaleElementReferenceException.class);
    return browser;
  }

  /** Waits for the browser with the journeys' patience, ignoring elements Vaadin re-rendered. */
  public WebDriverWait waiting() {
    return wait;
  }

  /** Shows the light theme, whatever the machine prefers (the README's pictures are light). */
  public void preferLightTheme() {
    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
  }

  /** Signs in through the login form and waits for the portal's frame. */
  public void signIn(String baseUrl, String email, String password) {
    browser.get(baseUrl + "/login");
    // The login form renders its inputs into the light DOM so that password managers see them.
    var username =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
    username.sendKeys(email);
    browser
        .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
        .sendKeys(password);
    browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-menu")));
  }

  /**
   * Waits until Vaadin has no request in flight, the web fonts are in and two frames are painted.
   */
  public void waitUntilSettled() {
    wait.until(vaadinIsIdle());
    wait.until(d -> Boolean.TRUE.equals(js("return document.fonts.status === 'loaded';")));
    browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
  }

  private static ExpectedCondition<Boolean> vaadinIsIdle() {
    return d ->
        Boolean.TRUE.equals(
            ((JavascriptExecutor) d)
                .executeScript(
                    "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "return !!flow && !!flow.clients && Object.keys(flow.clients).length > 0"
                        + " && Object.values(flow.clients).every(c => !c.isActive || !c.isActive());"));
  }

  /**
   * Saves the whole page for the README: the window grows to the height of the layout's scrolling
   * content for the picture and shrinks back afterwards.
   */
  public void screenshot(String name) {
    waitUntilSettled();
    // The layout scrolls inside itself: measure its content area and the view in it, not the
    // document.
    Number pageHeight =
        (Number)
            js(
                "const layout = document.querySelector('vaadin-app-layout');"
                    + "let height = document.documentElement.scrollHeight;"
                    + "if (layout) {"
                    + "  const parts = [layout.shadowRoot && layout.shadowRoot.querySelector('[content]'),"
                    + "                 layout.querySelector(':scope > :not([slot])')];"
                    + "  for (const part of parts) {"
                    + "    if (part) { height = Math.max(height, part.getBoundingClientRect().top + part.scrollHeight); }"
                    + "  }"
                    + "}"
                    + "return Math.ceil(height);");
    boolean taller = pageHeight.intValue() > height;
    if (taller) {
      browser.manage().window().setSize(new Dimension(width, pageHeight.intValue()));
      waitUntilSettled();
    }
    try {
      Files.createDirectories(README_SCREENSHOTS);
      Files.write(README_SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (taller) {
        browser.manage().window().setSize(new Dimension(width, height));
      }
    }
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws IOException {
    if (context.getExecutionException().isPresent() && browser != null) {
      Path dir = Files.createDirectories(Path.of("target", "selenium"));
      String test = context.getRequiredTestMethod().getName();
      Files.write(dir.resolve(test + ".png"), browser.getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          dir.resolve(test + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
    if (service != null) {
      service.stop();
      service = null;
    }
    if (profile != null && Files.exists(profile)) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
