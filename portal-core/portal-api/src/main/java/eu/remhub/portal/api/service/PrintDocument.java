package eu.remhub.portal.api.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document for {@link Documents} to print as PDF in the hub's look (its name and colours in the
 * header, page numbers and the given footer): a certificate, a submitted application, a ranked
 * list. The plugin says what goes in it, block by block; the portal lays it out.
 *
 * <pre>{@code
 * byte[] pdf = context.documents().pdf(PrintDocument.builder(t("training.certificate.title"))
 *     .subtitle(course.title())
 *     .paragraph(t("training.certificate.text", holder))
 *     .fields(Map.of(t("training.certificate.issued"), issued, t("training.certificate.code"), code))
 *     .qrCode(verifyUrl, t("training.certificate.scan"))
 *     .footer(verifyUrl)
 *     .build());
 * }</pre>
 *
 * <p>Texts are printed as given: translate and format them first. The document's language tags the
 * PDF for screen readers.
 *
 * @param title the document's title, printed first and kept as the PDF's title
 * @param subtitle printed under the title; may be empty
 * @param blocks the content, in order
 * @param footer printed at the foot of every page; may be empty
 * @param landscape whether pages are landscape (wide tables) rather than portrait
 * @since 1.1.0
 */
public record PrintDocument(
    String title, String subtitle, List<Block> blocks, String footer, boolean landscape) {

  public PrintDocument {
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    blocks = List.copyOf(blocks);
    footer = footer == null ? "" : footer;
  }

  /**
   * One part of a document.
   *
   * @since 1.1.0
   */
  public sealed interface Block permits Heading, Paragraph, Fields, Table, QrCode, Image {}

  /**
   * A heading between parts.
   *
   * @param text the heading
   * @since 1.1.0
   */
  public record Heading(String text) implements Block {
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A paragraph of plain text; line breaks are kept.
   *
   * @param text the text
   * @since 1.1.0
   */
  public record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Labelled values, one per line, label on the left.
   *
   * @param values label to value, in order
   * @since 1.1.0
   */
  public record Fields(Map<String, String> values) implements Block {
    public Fields {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /**
   * A table with a header row; long tables continue on the next page with the header repeated.
   *
   * @param headers the column headings
   * @param rows the rows, each with one cell per heading
   * @since 1.1.0
   */
  public record Table(List<String> headers, List<List<String>> rows) implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "a row has " + row.size() + " cells for " + headers.size() + " headings");
        }
      }
    }
  }

  /**
   * A QR code, such as a link to a verification page, with a caption under it.
   *
   * @param content what the code holds, usually an address
   * @param caption printed under the code; may be empty
   * @since 1.1.0
   */
  public record QrCode(String content, String caption) implements Block {
    public QrCode {
      Objects.requireNonNull(content, "content");
      caption = caption == null ? "" : caption;
    }
  }

  /**
   * A PNG image, such as a chart from {@link Charts#png}, scaled to the page width at most.
   *
   * @param png the PNG bytes
   * @param description the text alternative
   * @since 1.1.0
   */
  public record Image(byte[] png, String description) implements Block {
    public Image {
      png = png.clone();
      description = description == null ? "" : description;
    }

    @Override
    public byte[] png() {
      return png.clone();
    }
  }

  /**
   * Starts a document.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /**
   * Builds a {@link PrintDocument}.
   *
   * @since 1.1.0
   */
  public static final class Builder {
    private final String title;
    private String subtitle = "";
    private final List<Block> blocks = new ArrayList<>();
    private String footer = "";
    private boolean landscape;

    private Builder(String title) {
      this.title = title;
    }

    /**
     * The subtitle.
     *
     * @param subtitle the subtitle
     * @return this builder
     */
    public Builder subtitle(String subtitle) {
      this.subtitle = subtitle;
      return this;
    }

    /**
     * Adds a heading.
     *
     * @param text the heading
     * @return this builder
     */
    public Builder heading(String text) {
      blocks.add(new Heading(text));
      return this;
    }

    /**
     * Adds a paragraph.
     *
     * @param text the text
     * @return this builder
     */
    public Builder paragraph(String text) {
      blocks.add(new Paragraph(text));
      return this;
    }

    /**
     * Adds labelled values.
     *
     * @param values label to value, in order
     * @return this builder
     */
    public Builder fields(Map<String, String> values) {
      blocks.add(new Fields(values));
      return this;
    }

    /**
     * Adds a table.
     *
     * @param headers the headings
     * @param rows the rows
     * @return this builder
     */
    public Builder table(List<String> headers, List<List<String>> rows) {
      blocks.add(new Table(headers, rows));
      return this;
    }

    /**
     * Adds a QR code.
     *
     * @param content what it holds
     * @param caption the caption
     * @return this builder
     */
    public Builder qrCode(String content, String caption) {
      blocks.add(new QrCode(content, caption));
      return this;
    }

    /**
     * Adds a PNG image.
     *
     * @param png the bytes
     * @param description the text alternative
     * @return this builder
     */
    public Builder image(byte[] png, String description) {
      blocks.add(new Image(png, description));
      return this;
    }

    /**
     * The footer of every page.
     *
     * @param footer the footer
     * @return this builder
     */
    public Builder footer(String footer) {
      this.footer = footer;
      return this;
    }

    /**
     * Prints on landscape pages.
     *
     * @return this builder
     */
    public Builder landscape() {
      this.landscape = true;
      return this;
    }

    /**
     * The document.
     *
     * @return the document
     */
    public PrintDocument build() {
      return new PrintDocument(title, subtitle, blocks, footer, landscape);
    }
  }
}
