package eu.remhub.portal.runtime.print;

import eu.remhub.portal.api.service.Documents;
import eu.remhub.portal.api.service.PrintDocument;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Prints a {@link PrintDocument} as PDF in the hub's look: the hub's name on a band of its colour
 * at the top of every page, the document's footer and "Page 1 / 3" (in the document's language) at
 * the foot, tables whose header row repeats on every page they run over, and the title and language
 * in the PDF's metadata for screen readers. Standard Helvetica, so no font files are needed.
 * Stateless and thread-safe.
 */
public final class PdfPrinter implements Documents {

  private static final float MARGIN = 50;
  private static final float HEADER = 36;
  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font SUBTITLE = new Font(Font.HELVETICA, 12, Font.NORMAL, Color.DARK_GRAY);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

  private final HubLook look;

  /**
   * A printer with a look.
   *
   * @param look the hub's name and colours
   */
  public PdfPrinter(HubLook look) {
    this.look = Objects.requireNonNull(look, "look");
  }

  @Override
  public byte[] pdf(PrintDocument document, Locale locale) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(locale, "locale");
    return numbered(body(document, locale), document.footer(), locale);
  }

  private byte[] body(PrintDocument doc, Locale locale) {
    Rectangle size = doc.landscape() ? PageSize.A4.rotate() : PageSize.A4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(size, MARGIN, MARGIN, MARGIN + HEADER, MARGIN + 10);
    PdfWriter writer = PdfWriter.getInstance(pdf, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    pdf.addTitle(doc.title());
    pdf.addCreator(look.name());
    pdf.setDocumentLanguage(locale.toLanguageTag());
    pdf.open();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
    Paragraph title = new Paragraph(doc.title(), TITLE);
    title.setSpacingAfter(doc.subtitle().isEmpty() ? 14 : 4);
    pdf.add(title);
    if (!doc.subtitle().isEmpty()) {
      Paragraph subtitle = new Paragraph(doc.subtitle(), SUBTITLE);
      subtitle.setSpacingAfter(14);
      pdf.add(subtitle);
    }
    float width = size.getWidth() - 2 * MARGIN;
    for (PrintDocument.Block block : doc.blocks()) {
      pdf.add(element(block, width));
    }
    pdf.close();
    return out.toByteArray();
  }

  private Element element(PrintDocument.Block block, float width) {
    return switch (block) {
      case PrintDocument.Heading h -> {
        Paragraph p = new Paragraph(h.text(), HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        yield p;
      }
      case PrintDocument.Paragraph p -> {
        Paragraph text = new Paragraph(p.text(), TEXT);
        text.setSpacingAfter(8);
        yield text;
      }
      case PrintDocument.Fields f -> fields(f.values());
      case PrintDocument.Table t -> table(t);
      case PrintDocument.QrCode q -> qrCode(q);
      case PrintDocument.Image i -> image(i, width);
    };
  }

  private static PdfPTable fields(Map<String, String> values) {
    PdfPTable table = new PdfPTable(new float[] {1, 2});
    table.setWidthPercentage(100);
    table.setSpacingAfter(8);
    values.forEach(
        (label, value) -> {
          table.addCell(cell(label, BOLD, null));
          table.addCell(cell(value, TEXT, null));
        });
    return table;
  }

  private PdfPTable table(PrintDocument.Table t) {
    PdfPTable table = new PdfPTable(Math.max(1, t.headers().size()));
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String heading : t.headers()) {
      PdfPCell cell = cell(heading, new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE), null);
      cell.setBackgroundColor(look.primary());
      table.addCell(cell);
    }
    Color stripe = new Color(0xf2, 0xf4, 0xf7);
    int row = 0;
    for (var cells : t.rows()) {
      for (String value : cells) {
        table.addCell(cell(value, TEXT, row % 2 == 1 ? stripe : null));
      }
      row++;
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(new Color(0xc9, 0xd3, 0xde));
    cell.setPadding(4);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  private static Element qrCode(PrintDocument.QrCode q) {
    PdfPTable box = new PdfPTable(1);
    box.setTotalWidth(150);
    box.setLockedWidth(true);
    box.setHorizontalAlignment(Element.ALIGN_LEFT);
    box.setSpacingBefore(8);
    box.setSpacingAfter(8);
    Image code = image(QrImage.png(q.content(), 8));
    code.scaleToFit(140, 140);
    PdfPCell image = new PdfPCell(code, false);
    image.setBorder(Rectangle.NO_BORDER);
    image.setHorizontalAlignment(Element.ALIGN_CENTER);
    box.addCell(image);
    if (!q.caption().isEmpty()) {
      PdfPCell caption = new PdfPCell(new Phrase(q.caption(), SMALL));
      caption.setBorder(Rectangle.NO_BORDER);
      caption.setHorizontalAlignment(Element.ALIGN_CENTER);
      box.addCell(caption);
    }
    return box;
  }

  private static Element image(PrintDocument.Image i, float width) {
    Image image = image(i.png());
    if (image.getWidth() > width) {
      image.scaleToFit(width, width * image.getHeight() / image.getWidth());
    }
    image.setAlt(i.description());
    image.setSpacingAfter(8);
    return image;
  }

  private static Image image(byte[] png) {
    try {
      return Image.getInstance(png);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("The image is not a PNG image this printer can read", e);
    }
  }

  /** Second pass: now that the page count is known, the header band and the foot of each page. */
  private byte[] numbered(byte[] body, String footer, Locale locale) {
    ResourceBundle words =
        ResourceBundle.getBundle(
            "eu.remhub.portal.runtime.print.messages",
            locale,
            PdfPrinter.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfReader reader = new PdfReader(body)) {
      PdfStamper stamper = new PdfStamper(reader, out);
      int pages = reader.getNumberOfPages();
      BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
      for (int page = 1; page <= pages; page++) {
        Rectangle size = reader.getPageSizeWithRotation(page);
        PdfContentByte over = stamper.getOverContent(page);
        over.saveState();
        over.setColorFill(look.primary());
        over.rectangle(0, size.getHeight() - HEADER - 14, size.getWidth(), HEADER);
        over.fill();
        over.restoreState();
        over.beginText();
        over.setFontAndSize(bold, 14);
        over.setColorFill(Color.WHITE);
        over.showTextAligned(
            PdfContentByte.ALIGN_LEFT, look.name(), MARGIN, size.getHeight() - HEADER + 2, 0);
        over.endText();
        over.saveState();
        over.setColorStroke(look.accent());
        over.setLineWidth(0.8f);
        over.moveTo(MARGIN, MARGIN - 4);
        over.lineTo(size.getWidth() - MARGIN, MARGIN - 4);
        over.stroke();
        over.restoreState();
        String number = java.text.MessageFormat.format(words.getString("page"), page, pages);
        ColumnText.showTextAligned(
            over,
            Element.ALIGN_RIGHT,
            new Phrase(number, SMALL),
            size.getWidth() - MARGIN,
            MARGIN - 16,
            0);
        if (!footer.isEmpty()) {
          ColumnText.showTextAligned(
              over, Element.ALIGN_LEFT, new Phrase(footer, SMALL), MARGIN, MARGIN - 16, 0);
        }
      }
      stamper.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
