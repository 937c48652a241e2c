package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.PortalApi;
import eu.remhub.portal.search.SearchHit;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchService;
import eu.remhub.portal.search.Viewer;
import eu.remhub.portal.testkit.PluginCompilationException;
import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compatibility promise, in the real portal: a plugin compiled against the frozen 1.0.0
 * contract alone (portal-api-baseline, never on this test's class path) loads in the real PF4J
 * runtime of contract {@value PortalApi#VERSION} and works: its route and menu entry, its search
 * document, JDBC through the 1.0 {@code RowMapper}, its settings.
 */
@PortalIntegrationTest
class ContractOneZeroPluginIT extends SpringBrowserlessTest {

  @Autowired PluginService plugins;
  @Autowired PluginSettingsService settings;
  @Autowired SearchService search;
  @Autowired Accounts accounts;

  @BeforeEach
  void legacyIsEnabled() throws IOException {
    accounts.signIn(Persona.STAFF);
    Path jar =
        legacyPlugin().build(Files.createDirectories(Path.of("target", "test-plugins", "legacy")));
    try (InputStream in = Files.newInputStream(jar)) {
      plugins.upload(jar.getFileName().toString(), in);
    }
    assertThat(plugins.enable("legacy"))
        .as(() -> plugins.find("legacy").orElseThrow().lastError())
        .isTrue();
  }

  @AfterEach
  void removeLegacy() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("legacy").isPresent()) {
      plugins.uninstall("legacy", true);
    }
  }

  @Test
  void routeAndMenuEntry_work_andTheViewReadsThroughTheOneZeroRowMapper() {
    Component view = navigate("legacy", Component.class);

    assertThat(view.getClass().getName()).isEqualTo("com.example.legacy.LegacyView");
    assertThat(view.getElement().getText()).isEqualTo("Salve: Zorbalite relic ledger");
    assertThat($(SideNavItem.class).all())
        .extracting(SideNavItem::getLabel)
        .contains("Legacy relics");
  }

  @Test
  void itsSearchDocument_isFound() throws InterruptedException {
    assertThat(search.awaitIndexed(Duration.ofSeconds(30))).isTrue();

    List<SearchHit> hits = search.search(SearchQuery.of("zorbalite"), Viewer.anonymous()).hits();

    assertThat(hits)
        .extracting(SearchHit::type, SearchHit::url)
        .contains(org.assertj.core.groups.Tuple.tuple("relic", "/legacy"));
  }

  @Test
  void itsSettings_areKept_andShownToStaffAsText() {
    assertThat(settings.form("legacy").stored()).containsEntry("greeting", "Salve");
    assertThat(settings.form("legacy").undeclared()).contains("greeting");
    assertThat(settings.form("legacy").declared()).isEmpty();
  }

  @Test
  void theJarWasCompiledAgainstTheOneZeroContractOnly() {
    PluginJarBuilder newer =
        PluginJarBuilder.plugin("newer", "1.0.0")
            .pluginClass("com.example.newer.NewerPlugin")
            .compileAgainst(oneZeroClassPath())
            .source(
                "com.example.newer.NewerPlugin",
                """
                package com.example.newer;
                import eu.remhub.portal.api.*;
                public class NewerPlugin extends PortalPlugin {
                  public NewerPlugin(PluginContext context) {
                    super(context);
                    context.jdbc().select("SELECT 1", row -> row.getLong("1"));
                  }
                }
                """);

    assertThatThrownBy(() -> newer.build(Files.createTempDirectory("newer")))
        .isInstanceOf(PluginCompilationException.class)
        .hasMessageContaining("select");
  }

  /** A plugin written for 1.0: positional records, the ResultSet mapper, plain string settings. */
  private static PluginJarBuilder legacyPlugin() {
    String pkg = "com.example.legacy";
    return PluginJarBuilder.plugin("legacy", "1.0.0")
        .requires(">=1.0.0 & <2.0.0")
        .pluginClass(pkg + ".LegacyPlugin")
        .description("Built against contract 1.0.0")
        .compileAgainst(oneZeroClassPath())
        .source(
            pkg + ".LegacyPlugin",
            """
            package com.example.legacy;
            import eu.remhub.portal.api.*;
            import eu.remhub.portal.api.service.*;
            import java.time.Instant;
            import java.util.List;
            import java.util.Map;
            public class LegacyPlugin extends PortalPlugin {
              public LegacyPlugin(PluginContext context) { super(context); }
              @Override public void start() {
                context().settings().put("greeting", "Salve");
                String title = context().jdbc()
                    .queryOne("SELECT title FROM legacy_relic WHERE id = ?", rs -> rs.getString("title"), 1L)
                    .orElseThrow();
                context().search().publish(new SearchDocument("relic", "1", title, List.of("relic"),
                    "A ledger kept since 1.0", "/legacy", Visibility.everyone(), Map.of(), Instant.EPOCH));
              }
            }
            """)
        .source(
            pkg + ".LegacyView",
            """
            package com.example.legacy;
            import com.vaadin.flow.component.html.Div;
            import eu.remhub.portal.api.PluginContexts;
            import jakarta.annotation.security.PermitAll;
            import java.util.List;
            @PermitAll
            public class LegacyView extends Div {
              public LegacyView() {
                var context = PluginContexts.of(LegacyView.class);
                List<String> titles = context.jdbc().query("SELECT title FROM legacy_relic ORDER BY id",
                    rs -> rs.getString(1), new Object[0]);
                setText(context.settings().get("greeting").orElse("?") + ": " + String.join(", ", titles));
              }
            }
            """)
        .source(
            pkg + ".LegacyRoutes",
            """
            package com.example.legacy;
            import eu.remhub.portal.api.Access;
            import eu.remhub.portal.api.extension.*;
            import java.util.List;
            import org.pf4j.Extension;
            @Extension
            public class LegacyRoutes implements RouteContributor {
              public String id() { return "legacy-routes"; }
              public List<RouteContribution> routes() {
                return List.of(new RouteContribution("legacy", LegacyView.class, Access.authenticated(),
                    new MenuEntry("legacy.menu", "vaadin:archive", 610)));
              }
            }
            """)
        .source(
            pkg + ".LegacySearch",
            """
            package com.example.legacy;
            import eu.remhub.portal.api.PluginContext;
            import eu.remhub.portal.api.extension.SearchDocumentContributor;
            import eu.remhub.portal.api.service.*;
            import java.time.Instant;
            import java.util.List;
            import java.util.Map;
            import java.util.function.Consumer;
            import org.pf4j.Extension;
            @Extension
            public class LegacySearch implements SearchDocumentContributor {
              private final PluginContext context;
              public LegacySearch(PluginContext context) { this.context = context; }
              public String id() { return "legacy-search"; }
              public List<String> types() { return List.of("relic"); }
              public void allDocuments(Consumer<SearchDocument> sink) {
                context.jdbc().query("SELECT id, title FROM legacy_relic", rs -> new SearchDocument("relic",
                    Long.toString(rs.getLong("id")), rs.getString("title"), List.of("relic"), "A ledger kept since 1.0",
                    "/legacy", Visibility.everyone(), Map.of(), Instant.EPOCH), new Object[0]).forEach(sink);
              }
            }
            """)
        .resource(
            "db/migration/legacy/V1__relic.sql",
            """
            CREATE TABLE legacy_relic (id BIGINT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(100) NOT NULL);
            INSERT INTO legacy_relic (title) VALUES ('Zorbalite relic ledger');
            """)
        .resource("i18n/legacy.properties", "legacy.menu=Legacy relics\n");
  }

  /**
   * The 1.0.0 contract jar, then the test's class path without anything of the portal's own (the
   * 1.1 contract, runtime, test kit and application), so that only 1.0 types can be compiled
   * against.
   */
  private static List<Path> oneZeroClassPath() {
    String baseline = System.getProperty("remhub.contract.baseline");
    assertThat(baseline)
        .as("system property remhub.contract.baseline, set by the build")
        .isNotBlank();
    List<Path> entries = new ArrayList<>();
    entries.add(Path.of(baseline));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!holdsPortalClasses(path)) {
        entries.add(path);
      }
    }
    return entries;
  }

  private static boolean holdsPortalClasses(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.isDirectory(entry.resolve("eu/remhub/portal"));
    }
    if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.stream().anyMatch(e -> e.getName().startsWith("eu/remhub/portal/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
