package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.search.SearchService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Contract 1.1's outputs through the context the core gives a real plugin jar: {@code
 * search().similar} over the core's index (only the plugin's own documents, the excluded and the
 * removed left out), {@code documents()} and {@code charts()}.
 */
@PortalIntegrationTest
@Tag("database")
class PluginOutputIT {

  @LocalServerPort int port;
  @Autowired PluginService plugins;
  @Autowired SearchService search;
  @Autowired Accounts accounts;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void installShowcaseAndForum() throws Exception {
    accounts.signIn(Persona.STAFF);
    for (Path jar : List.of(ShowcasePlugin.jar(), forumJar())) {
      try (InputStream in = Files.newInputStream(jar)) {
        plugins.upload(jar.getFileName().toString(), in);
      }
    }
    assertThat(plugins.enable("showcase")).isTrue();
    assertThat(plugins.enable("forum")).isTrue();
  }

  @AfterEach
  void uninstall() {
    accounts.signIn(Persona.STAFF);
    for (String id : List.of("showcase", "forum")) {
      if (plugins.find(id).isPresent()) {
        plugins.uninstall(id, true);
      }
    }
    accounts.signIn(Persona.ANONYMOUS);
  }

  @Test
  void similar_answersOnlyThePluginsOwnDocuments_bestFirst_withoutExcludedOrRemovedOnes()
      throws Exception {
    listing(
        "l1", "NdFeB magnet scrap wanted", "We buy sintered NdFeB magnet scrap from hard disks.");
    listing("l2", "Magnet scrap for sale", "Sintered NdFeB magnets recovered from hard disks.");
    listing("l3", "Apatite flotation pilot", "Flotation tests on apatite ore with rare earths.");
    assertThat(
            send(
                    "POST",
                    "/api/v1/forum/posts?org=0",
                    "NdFeB magnet scrap wanted: sintered NdFeB magnet scrap from hard disks")
                .statusCode())
        .isEqualTo(201);
    assertThat(search.awaitIndexed(Duration.ofSeconds(10))).isTrue();
    String text = "NdFeB magnet scrap wanted. We buy sintered NdFeB magnet scrap from hard disks.";

    List<String[]> hits = similar(text, null);

    assertThat(hits).extracting(h -> h[0]).containsOnly("listing");
    assertThat(hits).extracting(h -> h[1]).startsWith("l1", "l2").doesNotContain("l3");
    assertThat(Double.parseDouble(hits.get(0)[2])).isGreaterThan(0.75).isLessThanOrEqualTo(1.0);
    assertThat(Double.parseDouble(hits.get(1)[2]))
        .isLessThan(Double.parseDouble(hits.get(0)[2]))
        .isPositive();

    assertThat(similar(text, "l1")).extracting(h -> h[1]).startsWith("l2").doesNotContain("l1");

    assertThat(send("POST", "/api/v1/showcase/removals?id=l2", "").statusCode()).isEqualTo(204);
    assertThat(search.awaitIndexed(Duration.ofSeconds(10))).isTrue();
    assertThat(similar(text, null)).extracting(h -> h[1]).contains("l1").doesNotContain("l2");
  }

  @Test
  void documents_printInTheHubsLook_inTheLanguageAsked() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/showcase/certificate?lang=it")).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    try (PdfReader reader = new PdfReader(response.body())) {
      assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
          .contains("REMHub", "Showcase certificate", "Scan to verify", "Pagina 1 / 1");
      assertThat(reader.getInfo()).containsEntry("Title", "Showcase certificate");
    }
  }

  @Test
  void charts_drawThePngAsked() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/showcase/chart")).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertThat(image.getWidth()).isEqualTo(320);
    assertThat(image.getHeight()).isEqualTo(240);
  }

  private void listing(String id, String title, String text) throws Exception {
    assertThat(send("POST", "/api/v1/showcase/listings?id=" + id, title + "\n" + text).statusCode())
        .isEqualTo(201);
  }

  private List<String[]> similar(String text, String exclude) throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/v1/showcase/similar" + (exclude == null ? "" : "?exclude=" + exclude),
            text);
    assertThat(response.statusCode()).isEqualTo(200);
    return Arrays.stream(response.body().split("\n"))
        .filter(line -> !line.isBlank())
        .map(line -> line.split(" "))
        .toList();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "text/plain; charset=utf-8")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static Path forumJar() {
    return eu.remhub.portal.search.ForumPluginJar.jar();
  }
}
