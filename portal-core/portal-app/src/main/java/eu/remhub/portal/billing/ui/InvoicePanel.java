package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * An open manual invoice with what the admin needs to pay it by bank transfer: amount, due date,
 * the hub's account, the invoice number as the transfer's reference, and the PDF.
 */
class InvoicePanel extends Div {

  InvoicePanel(Invoice invoice, BillingProperties.Seller seller, InvoiceService invoices) {
    setId("invoice-panel");
    addClassNames("remhub-card", "is-highlighted");
    Locale locale = BillingFormat.locale(this);
    add(new H2(getTranslation("billing.invoice.title", invoice.number())));
    add(new Paragraph(getTranslation("billing.invoice.intro")));
    add(
        line(
            "billing.invoice.amount",
            "invoice-amount",
            BillingFormat.money(invoice.totalCents(), locale)));
    add(line("billing.invoice.due", "invoice-due", BillingFormat.day(invoice.dueAt(), locale)));
    add(line("billing.invoice.payee", "invoice-payee", seller.name()));
    add(line("billing.invoice.bank", "invoice-bank", seller.bank()));
    add(line("billing.invoice.iban", "invoice-iban", seller.iban()));
    add(line("billing.invoice.bic", "invoice-bic", seller.bic()));
    add(line("billing.invoice.reference", "invoice-reference", invoice.number()));
    if (invoice.reverseCharge()) {
      Paragraph note =
          new Paragraph(getTranslation("billing.invoice.reverse-charge", invoice.buyerVatId()));
      note.setId("invoice-reverse-charge");
      add(note);
    }
    add(pdf(invoice, invoices, getTranslation("billing.invoice.pdf")));
  }

  private Component line(String labelKey, String id, String value) {
    Div row = new Div();
    Span label = new Span(getTranslation(labelKey) + ": ");
    label.addClassName("remhub-kpi-label");
    label.getStyle().set("display", "inline");
    Span text = new Span(value);
    text.setId(id);
    row.add(label, text);
    return row;
  }

  /** A download of a manual invoice's PDF, rendered on request with the viewer's access checked. */
  static Anchor pdf(Invoice invoice, InvoiceService invoices, String text) {
    String file =
        "invoice-"
            + (invoice.number() == null ? String.valueOf(invoice.id()) : invoice.number())
            + ".pdf";
    Anchor anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] pdf = invoices.pdf(invoice.organisationId(), invoice.id());
                  return new DownloadResponse(
                      new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length);
                }),
            text);
    anchor.setId("invoice-pdf-" + invoice.id());
    return anchor;
  }
}
