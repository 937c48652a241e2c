package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import java.util.Locale;

/**
 * The columns of an organisation's invoice list: number, date, period, total, status and the
 * document (the PDF of a manual invoice, Stripe's page of a Stripe one).
 */
final class InvoiceColumns {

  private InvoiceColumns() {}

  /** Sets up the grid's columns; {@code invoices} is absent when manual invoicing is off. */
  static void configure(Grid<Invoice> grid, InvoiceService invoices) {
    grid.setId("billing-invoices");
    Locale locale = BillingFormat.locale(grid);
    grid.addColumn(i -> i.number() == null ? "" : i.number())
        .setHeader(grid.getTranslation("billing.col.number"))
        .setAutoWidth(true);
    grid.addColumn(i -> BillingFormat.day(i.issuedAt(), locale))
        .setHeader(grid.getTranslation("billing.col.date"))
        .setAutoWidth(true);
    grid.addColumn(
            i ->
                i.periodStart() == null
                    ? ""
                    : BillingFormat.day(i.periodStart(), locale)
                        + " – "
                        + BillingFormat.day(i.periodEnd(), locale))
        .setHeader(grid.getTranslation("billing.col.period"))
        .setAutoWidth(true);
    grid.addColumn(i -> BillingFormat.money(i.totalCents(), locale))
        .setHeader(grid.getTranslation("billing.col.total"))
        .setAutoWidth(true);
    grid.addColumn(i -> status(grid, i.status()))
        .setHeader(grid.getTranslation("billing.col.status"))
        .setAutoWidth(true);
    grid.addComponentColumn(i -> link(grid, i, invoices))
        .setHeader(grid.getTranslation("billing.col.document"));
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(grid.getTranslation("billing.invoices.none"));
  }

  private static String status(Component owner, String status) {
    String key = "billing.invoice.status." + status;
    String text = owner.getTranslation(key);
    return text.equals(key) ? status : text;
  }

  private static Component link(Component owner, Invoice i, InvoiceService invoices) {
    if (BillingProperties.MANUAL.equals(i.provider())) {
      return InvoicePanel.pdf(i, invoices, owner.getTranslation("billing.invoice.pdf"));
    }
    String url = i.hostedUrl() != null ? i.hostedUrl() : i.pdfUrl();
    if (url == null) {
      return new Span();
    }
    Anchor link = new Anchor(url, owner.getTranslation("billing.invoice.open"));
    link.setTarget(AnchorTarget.BLANK);
    link.getElement().setAttribute("rel", "noopener");
    return link;
  }
}
