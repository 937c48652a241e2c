package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.Plans;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Renders a manual invoice as a PDF, in English, with the standard Helvetica font (no font files):
 * seller and buyer with their VAT ids, number, dates, period, the membership as the one line item,
 * VAT and total, the VAT note where one applies, and the bank-transfer details with the invoice
 * number as the payment reference.
 */
@Component
public class InvoicePdf {

  /** Dates on invoices and in their mail. */
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

  private final BillingProperties properties;
  private final Plans plans;

  InvoicePdf(BillingProperties properties, Plans plans) {
    this.properties = properties;
    this.plans = plans;
  }

  /** The last day a period ending (exclusively) at {@code end} covers. */
  static String lastDay(Instant end) {
    return DATE.format(end.minusMillis(1));
  }

  public byte[] render(Invoice invoice) {
    BillingProperties.Seller seller = properties.seller();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter.getInstance(document, out);
    document.addTitle("Invoice " + invoice.number());
    document.addAuthor(seller.name());
    document.open();

    Paragraph title =
        new Paragraph(
            Invoice.VOID.equals(invoice.status())
                ? "Invoice " + invoice.number() + " (void)"
                : "Invoice " + invoice.number(),
            TITLE);
    title.setSpacingAfter(16);
    document.add(title);

    PdfPTable parties = table(2);
    parties.addCell(
        block("From", seller.name(), seller.address(), vatLine(seller.vatId()), seller.email()));
    parties.addCell(
        block(
            "Bill to",
            invoice.buyerName(),
            invoice.buyerAddress(),
            countryName(invoice.buyerCountry()),
            vatLine(invoice.buyerVatId())));
    document.add(parties);

    PdfPTable facts = table(2);
    facts.setSpacingBefore(14);
    row(facts, "Invoice number", invoice.number());
    row(facts, "Issue date", DATE.format(invoice.issuedAt()));
    row(facts, "Due date", DATE.format(invoice.dueAt()));
    row(facts, "Period", period(invoice));
    row(facts, "Payment reference", invoice.number());
    document.add(facts);

    PdfPTable lines = table(2);
    lines.setSpacingBefore(14);
    lines.addCell(cell("Description", BOLD, Element.ALIGN_LEFT, true));
    lines.addCell(cell("Amount", BOLD, Element.ALIGN_RIGHT, true));
    lines.addCell(cell(description(invoice), TEXT, Element.ALIGN_LEFT, false));
    lines.addCell(cell(Money.format(invoice.netCents()), TEXT, Element.ALIGN_RIGHT, false));
    lines.addCell(cell("Net", TEXT, Element.ALIGN_RIGHT, false));
    lines.addCell(cell(Money.format(invoice.netCents()), TEXT, Element.ALIGN_RIGHT, false));
    lines.addCell(
        cell("VAT " + Money.rate(invoice.vatRateBasisPoints()), TEXT, Element.ALIGN_RIGHT, false));
    lines.addCell(cell(Money.format(invoice.vatCents()), TEXT, Element.ALIGN_RIGHT, false));
    lines.addCell(cell("Total", BOLD, Element.ALIGN_RIGHT, false));
    lines.addCell(cell(Money.format(invoice.totalCents()), BOLD, Element.ALIGN_RIGHT, false));
    document.add(lines);

    VatTreatment.Note note = VatTreatment.noteOf(invoice.reverseCharge(), invoice.buyerCountry());
    if (note != VatTreatment.Note.NONE) {
      Paragraph vat = new Paragraph(note.text(), BOLD);
      vat.setSpacingBefore(10);
      document.add(vat);
    }

    Paragraph payment;
    if (invoice.paid()) {
      payment = new Paragraph("Paid on " + DATE.format(invoice.paidAt()) + ". Thank you.", BOLD);
    } else if (Invoice.VOID.equals(invoice.status())) {
      payment = new Paragraph("This invoice is void and need not be paid.", BOLD);
    } else {
      payment =
          new Paragraph(
              "Please transfer "
                  + Money.format(invoice.totalCents())
                  + " by "
                  + DATE.format(invoice.dueAt())
                  + " to:\n"
                  + seller.name()
                  + "\nIBAN "
                  + seller.iban()
                  + "\nBIC "
                  + seller.bic()
                  + "\n"
                  + seller.bank()
                  + "\nReference "
                  + invoice.number(),
              TEXT);
    }
    payment.setSpacingBefore(16);
    document.add(payment);

    Paragraph footer =
        new Paragraph(
            seller.name() + " · " + vatLine(seller.vatId()) + " · " + seller.email(), SMALL);
    footer.setSpacingBefore(30);
    document.add(footer);
    document.close();
    return out.toByteArray();
  }

  private String description(Invoice invoice) {
    String plan = plans.find(invoice.planId()).map(Plan::name).orElse(invoice.planId());
    return "Membership "
        + plan
        + ", "
        + (invoice.interval() == BillingInterval.MONTH ? "monthly" : "yearly");
  }

  private static String period(Invoice invoice) {
    if (invoice.periodStart() == null) {
      return (invoice.interval() == BillingInterval.MONTH ? "One month" : "One year")
          + " from the day of payment";
    }
    return DATE.format(invoice.periodStart()) + " to " + lastDay(invoice.periodEnd());
  }

  private static String vatLine(String vatId) {
    return vatId == null || vatId.isBlank() ? "" : "VAT " + vatId;
  }

  private static String countryName(String code) {
    return code == null || code.isBlank()
        ? ""
        : Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
  }

  private static PdfPTable table(int columns) {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    return table;
  }

  private static PdfPCell block(String heading, String... lines) {
    Phrase phrase = new Phrase();
    phrase.add(new Phrase(heading + "\n", SMALL));
    boolean first = true;
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        phrase.add(new Phrase(line.strip() + "\n", first ? BOLD : TEXT));
        first = false;
      }
    }
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(cell(label, TEXT, Element.ALIGN_LEFT, false));
    table.addCell(cell(value, TEXT, Element.ALIGN_LEFT, false));
  }

  private static PdfPCell cell(String text, Font font, int align, boolean header) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(align);
    cell.setBorder(header ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
    cell.setPaddingBottom(4);
    return cell;
  }
}
