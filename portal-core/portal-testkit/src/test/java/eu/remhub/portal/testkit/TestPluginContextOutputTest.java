package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.service.Chart;
import eu.remhub.portal.api.service.PrintDocument;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.SearchHit;
import eu.remhub.portal.api.service.SimilarQuery;
import eu.remhub.portal.api.service.Visibility;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Contract 1.1's similar-text search, charts and documents as the test kit offers them. */
class TestPluginContextOutputTest {

  private final TestPluginContext context = new TestPluginContext("matchmaking");

  @BeforeEach
  void publish() {
    context.search().declareTypes(List.of("post", "offer"));
    publish(
        "post", "1", "Buying NdFeB magnet scrap", "We buy scrap magnets from hard disk drives.");
    publish(
        "post", "2", "Magnet scrap wanted", "Looking for NdFeB scrap magnets from disk drives.");
    publish("post", "3", "Pilot line for apatite ore", "Testing flotation of apatite ore.");
    publish("offer", "4", "Scrap magnets for sale", "NdFeB magnets from hard disk drives, 2 t.");
    for (int i = 0; i < 10; i++) {
      publish("post", "t" + i, "Training " + i, "Laboratory safety training.");
    }
  }

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void similar_ranksThePluginsDocumentsOfTheTypesAsked_bestFirst_withoutTheExcluded() {
    List<SearchHit> hits =
        context
            .search()
            .similar(
                SimilarQuery.of(
                        "Buying NdFeB magnet scrap. We buy scrap magnets from hard disk drives.",
                        "post",
                        5)
                    .excluding("2"));

    assertThat(hits).extracting(SearchHit::id).startsWith("1").doesNotContain("2", "4", "t1");
    assertThat(hits.get(0).type()).isEqualTo("post");
    assertThat(hits.get(0).title()).isEqualTo("Buying NdFeB magnet scrap");
    assertThat(hits.get(0).score()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
  }

  @Test
  void similar_withoutTypes_looksInEveryTypeOfThePlugin_andForgetsRemovedDocuments() {
    context.search().remove("post", "1");

    List<SearchHit> hits =
        context
            .search()
            .similar(
                new SimilarQuery(
                    "NdFeB scrap magnets from hard disk drives", Set.of(), Set.of(), 10));

    assertThat(hits).extracting(SearchHit::id).contains("2", "4").doesNotContain("1", "3");
  }

  @Test
  void similar_refusesATypeThePluginDidNotDeclare() {
    assertThatThrownBy(() -> context.search().similar(SimilarQuery.of("magnets", "course", 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did not declare the search document type 'course'");
  }

  @Test
  void documents_printsThePdfThePortalPrints() throws IOException {
    byte[] pdf =
        context
            .documents()
            .pdf(
                PrintDocument.builder("Certificato")
                    .paragraph("Ana Rossi ha frequentato il corso.")
                    .footer("REMHub training")
                    .build(),
                Locale.ITALIAN);

    try (PdfReader reader = new PdfReader(pdf)) {
      assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
          .contains("Certificato", "Ana Rossi ha frequentato il corso.", "Pagina 1 / 1");
    }
  }

  @Test
  void charts_drawsAPngOfTheSizeAsked() throws IOException {
    Chart chart =
        Chart.builder("Posts by type")
            .categories(List.of("Offers", "Requests"))
            .bars("Posts", List.of(4.0, 7.0))
            .build();

    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(context.charts().png(chart, 300, 200)));

    assertThat(image.getWidth()).isEqualTo(300);
    assertThat(image.getHeight()).isEqualTo(200);
  }

  private void publish(String type, String id, String title, String body) {
    context
        .search()
        .publish(
            SearchDocument.builder(type, id)
                .title(title)
                .body(body)
                .url("/matchmaking/" + id)
                .visibility(Visibility.everyone())
                .build());
  }
}
