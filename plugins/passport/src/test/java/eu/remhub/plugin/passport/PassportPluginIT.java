package eu.remhub.plugin.passport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.api.extension.ApiContributor;
import eu.remhub.portal.api.extension.EntitlementContributor;
import eu.remhub.portal.api.extension.RouteContributor;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.service.OrganisationRef;
import eu.remhub.portal.api.web.ApiCaller;
import eu.remhub.portal.api.web.ApiEndpoint;
import eu.remhub.portal.api.web.ApiRequest;
import eu.remhub.portal.api.web.ApiResponse;
import eu.remhub.portal.testkit.RouteContributionCheck;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;

/** The packaged plugin jar, as the build made it, in PF4J's real runtime. */
class PassportPluginIT {

  private static Path jar;

  @TempDir Path plugins;

  @BeforeAll
  static void findJar() throws IOException {
    try (DirectoryStream<Path> built =
        Files.newDirectoryStream(Path.of("target"), "passport-*.jar")) {
      List<Path> jars = new ArrayList<>();
      built.forEach(jars::add);
      assertThat(jars).as("the packaged plugin").hasSize(1);
      jar = jars.get(0);
    }
  }

  @Test
  void jar_describesThePlugin_indexesItsExtensions_andCarriesNoPortalVaadinOrJackson()
      throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Plugin-Id")).isEqualTo("passport");
      assertThat(manifest.getMainAttributes().getValue("Plugin-Version")).isEqualTo("1.0.0");
      assertThat(manifest.getMainAttributes().getValue("Plugin-Requires"))
          .isEqualTo(">=1.0.0 & <2.0.0");
      assertThat(manifest.getMainAttributes().getValue("Plugin-Class"))
          .isEqualTo(PassportPlugin.class.getName());
      assertThat(manifest.getMainAttributes().getValue("Plugin-License")).isEqualTo("EUPL-1.2");
      String index =
          new String(
              file.getInputStream(file.getEntry("META-INF/extensions.idx")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(index)
          .contains(
              PassportRoutes.class.getName(),
              PassportSearch.class.getName(),
              PassportEntitlements.class.getName(),
              PassportApi.class.getName());
      List<String> names = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
      assertThat(names)
          .noneMatch(
              n ->
                  n.startsWith("eu/remhub/portal/")
                      || n.startsWith("com/vaadin/")
                      || n.startsWith("org/pf4j/")
                      || n.startsWith("org/springframework/")
                      || n.startsWith("tools/jackson/")
                      || n.startsWith("com/google/"));
      assertThat(names)
          .contains(
              "eu/remhub/plugin/passport/shaded/zxing/qrcode/QRCodeWriter.class",
              "db/migration/passport/V1__create_passport_passport.sql",
              "i18n/passport.properties",
              "i18n/passport_it.properties",
              "eu/remhub/plugin/passport/api/passport.schema.json");
    }
  }

  @Test
  void packagedPlugin_startsMigratesAndContributesItsExtensions() throws Exception {
    Files.copy(jar, plugins.resolve("passport.jar"));
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();

      assertThat(manager.getPlugin("passport").getPluginState()).isEqualTo(PluginState.STARTED);
      assertThat(manager.context("passport").jdbc().appliedMigrations()).hasSize(9);
      List<RouteContributor> routes = manager.getExtensions(RouteContributor.class, "passport");
      assertThat(routes).singleElement().satisfies(RouteContributionCheck::verify);
      assertThat(routes.get(0).getClass().getClassLoader())
          .isSameAs(manager.getPluginClassLoader("passport"));
      assertThat(manager.getExtensions(SearchDocumentContributor.class, "passport")).hasSize(1);
      assertThat(manager.getExtensions(EntitlementContributor.class, "passport"))
          .singleElement()
          .satisfies(e -> assertThat(e.entitlements()).hasSize(2));
      assertThat(manager.getExtensions(ApiContributor.class, "passport"))
          .singleElement()
          .satisfies(api -> assertThat(api.endpoints()).hasSize(10));
    }
  }

  @Test
  void packagedPlugin_seedsDemoPassports_andServesThemWithQrCodesFromTheShadedLibrary()
      throws Exception {
    Files.copy(jar, plugins.resolve("passport.jar"));
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();
      manager.stopPlugin("passport");
      TestPluginContext context = manager.context("passport");
      context
          .addOrganisation(
              new OrganisationRef(4, "ElbeCycle", "Elbtal Magnetkreislauf GmbH", "DE", "RECYCLING"))
          .demoData(true);
      manager.startPlugin("passport");

      ApiContributor api = manager.getExtensions(ApiContributor.class, "passport").get(0);
      String list = body(call(api, "GET", "passports", Map.of()));
      assertThat(list).contains("\"digitalLink\":\"/01/04056789012341/10/EC-2605-03\"");
      String passport = body(call(api, "GET", "passports/{id}", Map.of("id", "1")));
      assertThat(passport)
          .contains("\"intact\":true", "SHR-HDD-2604")
          .doesNotContain("composition");
      assertThat(body(call(api, "GET", "passports/schema", Map.of())))
          .contains("\"title\": \"Magnet passport\"");
      assertThat(context.search().documents()).hasSize(1);

      Class<?> qr =
          manager.getPluginClassLoader("passport").loadClass("eu.remhub.plugin.passport.ui.QrCode");
      assertThat(
              (String)
                  qr.getMethod("svg", String.class)
                      .invoke(null, "https://hub.example.eu/01/04056789012341/10/EC-2605-03"))
          .startsWith("<svg");
    }
  }

  private static ApiResponse call(
      ApiContributor api, String method, String path, Map<String, String> variables)
      throws Exception {
    ApiEndpoint endpoint =
        api.endpoints().stream()
            .filter(e -> e.method().equals(method) && e.path().equals(path))
            .findFirst()
            .orElseThrow();
    return endpoint
        .handler()
        .handle(
            new ApiRequest(
                method,
                path,
                variables,
                Map.of(),
                Map.of(),
                null,
                new ApiCaller(Optional.empty(), 0, "")));
  }

  private static String body(ApiResponse response) {
    assertThat(response.status()).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
