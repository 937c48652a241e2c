package eu.remhub.portal.runtime.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.service.PrintDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PdfPrinterTest {

  private final PdfPrinter printer = new PdfPrinter(HubLook.REMHUB);

  @Test
  void certificate_hasHubHeaderTitleFieldsFooterAndPageNumber() throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Issued", "4 December 2026");
    fields.put("Code", "TR-2026-0042");
    byte[] pdf =
        printer.pdf(
            PrintDocument.builder("Certificate of attendance")
                .subtitle("Magnet recycling basics")
                .paragraph("Ana Rossi attended the course.")
                .fields(fields)
                .qrCode("https://portal.remhub.eu/verify/TR-2026-0042", "Scan to verify")
                .footer("https://portal.remhub.eu/verify/TR-2026-0042")
                .build(),
            Locale.ENGLISH);

    try (PdfReader reader = new PdfReader(pdf)) {
      assertThat(reader.getNumberOfPages()).isEqualTo(1);
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertThat(text)
          .contains("REMHub")
          .contains("Certificate of attendance")
          .contains("Magnet recycling basics")
          .contains("Ana Rossi attended the course.")
          .contains("Issued")
          .contains("TR-2026-0042")
          .contains("Scan to verify")
          .contains("Page 1 / 1");
      assertThat(reader.getInfo()).containsEntry("Title", "Certificate of attendance");
      assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("en");
      assertThat(images(reader, 1)).isEqualTo(1);
    }
  }

  @Test
  void longTable_repeatsItsHeaderOnEveryPage_andPagesCountInTheDocumentsLanguage()
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      rows.add(List.of("Partecipante " + i, "Ente " + i, Integer.toString(i)));
    }
    byte[] pdf =
        printer.pdf(
            PrintDocument.builder("Graduatoria")
                .table(List.of("Nome", "Organizzazione", "Punti"), rows)
                .footer("Bando pilota 2026")
                .landscape()
                .build(),
            Locale.ITALIAN);

    try (PdfReader reader = new PdfReader(pdf)) {
      int pages = reader.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      assertThat(reader.getPageSizeWithRotation(1).getWidth())
          .isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= pages; page++) {
        assertThat(extractor.getTextFromPage(page))
            .contains("Organizzazione")
            .contains("Pagina " + page + " / " + pages)
            .contains("Bando pilota 2026");
      }
      assertThat(extractor.getTextFromPage(pages)).contains("Partecipante 150");
      assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("it");
    }
  }

  @Test
  void anotherLanguage_fallsBackToEnglishWords_notToTheMachinesLanguage() throws IOException {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ITALIAN);
    try {
      byte[] pdf = printer.pdf(PrintDocument.builder("Bescheinigung").build(), Locale.GERMAN);
      try (PdfReader reader = new PdfReader(pdf)) {
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Page 1 / 1");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("de");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anImageThatIsNotOne_isRefusedInWords() {
    PrintDocument doc =
        PrintDocument.builder("Figures").image(new byte[] {1, 2, 3}, "broken").build();

    assertThatThrownBy(() -> printer.pdf(doc, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a PNG image");
  }

  private static int images(PdfReader reader, int page) {
    PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
    PdfDictionary objects = resources.getAsDict(PdfName.XOBJECT);
    return objects == null ? 0 : objects.size();
  }
}
