package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.billing.BillingDashboard;
import eu.remhub.portal.billing.BillingDashboard.MonthFigures;
import eu.remhub.portal.billing.BillingDashboard.Overdue;
import eu.remhub.portal.billing.BillingDashboard.PlanFigures;
import eu.remhub.portal.billing.BillingDashboard.Row;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The staff billing dashboard: key figures, members per plan, members and revenue over the last
 * twelve months, who is overdue, who renews within 30 days, open manual invoices to mark paid or
 * void, a resync per organisation, and the memberships as CSV.
 */
@Menu(title = "nav.billing", order = 895, icon = "vaadin:chart")
@Route(value = "admin/billing", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class BillingDashboardView extends Div implements HasDynamicTitle {

  private static final Logger log = LoggerFactory.getLogger(BillingDashboardView.class);
  static final Duration RENEWALS_WITHIN = Duration.ofDays(30);

  private final transient BillingDashboard dashboard;
  private final transient BillingService billing;
  private final transient InvoiceService invoices;
  private final transient Clock clock;
  private final Div content = new Div();
  private byte[] historyPng = new byte[0];

  public BillingDashboardView(
      BillingDashboard dashboard,
      BillingService billing,
      ObjectProvider<InvoiceService> invoices,
      Clock clock) {
    this.dashboard = dashboard;
    this.billing = billing;
    this.invoices = invoices.getIfAvailable();
    this.clock = clock;
    addClassNames("remhub-page", "is-wide");
    add(
        new H1(getTranslation("billing.staff.title")),
        StaffBillingTabs.of(this, BillingDashboardView.class),
        content);
    render();
  }

  private void render() {
    content.removeAll();
    Locale locale = BillingFormat.locale(this);
    List<PlanFigures> perPlan = dashboard.perPlan();
    List<Overdue> overdue = dashboard.overdue();
    List<Row> renewals = dashboard.renewals(RENEWALS_WITHIN);
    int members = perPlan.stream().mapToInt(PlanFigures::members).sum();
    long mrr = perPlan.stream().mapToLong(PlanFigures::mrrCents).sum();

    Div kpis = new Div();
    kpis.addClassName("remhub-card-grid");
    kpis.add(
        kpi("kpi-members", String.valueOf(members), "billing.kpi.members"),
        kpi("kpi-mrr", BillingFormat.money(mrr, locale), "billing.kpi.mrr"),
        kpi(
            "kpi-overdue",
            String.valueOf(overdue.stream().map(Overdue::organisationId).distinct().count()),
            "billing.kpi.overdue"),
        kpi("kpi-renewals", String.valueOf(renewals.size()), "billing.kpi.renewals"));
    content.add(kpis);

    content.add(new H2(getTranslation("billing.history.title")));
    List<MonthFigures> history = dashboard.history(12);
    historyPng =
        BillingCharts.history(
            history,
            locale,
            getTranslation("billing.chart.members"),
            getTranslation("billing.chart.mrr"),
            900,
            360);
    content.add(
        image(
            "billing-history-chart",
            historyPng,
            getTranslation(
                "billing.history.alt",
                history.size(),
                history.isEmpty() ? 0 : history.get(history.size() - 1).members())));

    content.add(new H2(getTranslation("billing.per-plan.title")));
    Grid<PlanFigures> planGrid = new Grid<>();
    planGrid.setId("billing-per-plan");
    planGrid
        .addColumn(PlanFigures::planName)
        .setHeader(getTranslation("billing.col.plan"))
        .setAutoWidth(true);
    planGrid
        .addColumn(PlanFigures::members)
        .setHeader(getTranslation("billing.col.members"))
        .setAutoWidth(true);
    planGrid
        .addColumn(p -> BillingFormat.money(p.mrrCents(), locale))
        .setHeader(getTranslation("billing.col.mrr"))
        .setAutoWidth(true);
    planGrid.setItems(perPlan);
    planGrid.setAllRowsVisible(true);
    content.add(
        planGrid,
        image(
            "billing-plan-chart",
            BillingCharts.perPlan(perPlan, getTranslation("billing.chart.members"), 600, 260),
            getTranslation("billing.per-plan.title")));

    content.add(new H2(getTranslation("billing.overdue.title")));
    Map<Long, String> names = dashboard.organisationNames();
    Grid<Overdue> overdueGrid = new Grid<>();
    overdueGrid.setId("billing-overdue");
    overdueGrid
        .addColumn(Overdue::organisationName)
        .setHeader(getTranslation("billing.col.organisation"))
        .setAutoWidth(true);
    overdueGrid
        .addColumn(
            o ->
                "invoice".equals(o.reason())
                    ? getTranslation("billing.overdue.invoice", o.invoiceNumber())
                    : BillingFormat.statusBadge(this, o.reason()).getText())
        .setHeader(getTranslation("billing.col.reason"))
        .setAutoWidth(true);
    overdueGrid
        .addColumn(o -> BillingFormat.day(o.since(), locale))
        .setHeader(getTranslation("billing.col.since"))
        .setAutoWidth(true);
    overdueGrid
        .addColumn(o -> BillingFormat.money(o.amountCents(), locale))
        .setHeader(getTranslation("billing.col.amount"))
        .setAutoWidth(true);
    overdueGrid.addComponentColumn(o -> resync(o.organisationId()));
    overdueGrid.setItems(overdue);
    overdueGrid.setAllRowsVisible(true);
    overdueGrid.setEmptyStateText(getTranslation("billing.overdue.none"));
    content.add(overdueGrid);

    content.add(new H2(getTranslation("billing.renewals.title")));
    Grid<Row> renewalGrid = new Grid<>();
    renewalGrid.setId("billing-renewals");
    renewalGrid
        .addColumn(Row::organisationName)
        .setHeader(getTranslation("billing.col.organisation"))
        .setAutoWidth(true);
    renewalGrid
        .addColumn(r -> r.plan().name())
        .setHeader(getTranslation("billing.col.plan"))
        .setAutoWidth(true);
    renewalGrid
        .addColumn(r -> BillingFormat.interval(this, r.membership().interval()))
        .setHeader(getTranslation("billing.col.interval"))
        .setAutoWidth(true);
    renewalGrid
        .addColumn(r -> r.membership().provider())
        .setHeader(getTranslation("billing.col.provider"))
        .setAutoWidth(true);
    renewalGrid
        .addColumn(r -> BillingFormat.day(r.membership().currentPeriodEnd(), locale))
        .setHeader(getTranslation("billing.col.period-end"))
        .setAutoWidth(true);
    renewalGrid
        .addColumn(
            r ->
                BillingFormat.money(
                    r.plan().priceCents(r.membership().interval()).orElse(0L), locale))
        .setHeader(getTranslation("billing.col.amount"))
        .setAutoWidth(true);
    renewalGrid.addComponentColumn(r -> resync(r.membership().organisationId()));
    renewalGrid.setItems(renewals);
    renewalGrid.setAllRowsVisible(true);
    renewalGrid.setEmptyStateText(getTranslation("billing.renewals.none"));
    content.add(renewalGrid);

    content.add(new H2(getTranslation("billing.memberships.title")));
    content.add(membershipGrid(locale));

    content.add(new H2(getTranslation("billing.open-invoices.title")));
    if (invoices == null) {
      content.add(new Paragraph(getTranslation("billing.open-invoices.unavailable")));
    } else {
      content.add(openInvoices(names, locale));
    }

    Anchor export =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = dashboard.csv();
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "remhub-memberships-" + LocalDate.now(clock) + ".csv",
                      "text/csv; charset=UTF-8",
                      bytes.length);
                }),
            getTranslation("billing.csv"));
    export.setId("billing-csv");
    content.add(new Paragraph(export));
  }

  /** Every membership, with its state as the policy reads it now and a resync. */
  private Component membershipGrid(Locale locale) {
    Grid<Row> grid = new Grid<>();
    grid.setId("billing-memberships");
    grid.addColumn(Row::organisationName)
        .setHeader(getTranslation("billing.col.organisation"))
        .setAutoWidth(true)
        .setSortable(true)
        .setComparator(Row::organisationName);
    grid.addColumn(r -> r.plan() == null ? r.membership().planId() : r.plan().name())
        .setHeader(getTranslation("billing.col.plan"))
        .setAutoWidth(true);
    grid.addColumn(r -> BillingFormat.interval(this, r.membership().interval()))
        .setHeader(getTranslation("billing.col.interval"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.membership().provider())
        .setHeader(getTranslation("billing.col.provider"))
        .setAutoWidth(true);
    grid.addComponentColumn(r -> BillingFormat.statusBadge(this, r.membership().rawStatus()))
        .setHeader(getTranslation("billing.col.status"))
        .setAutoWidth(true);
    grid.addColumn(
            r ->
                BillingFormat.day(r.membership().currentPeriodEnd(), locale)
                    + (r.membership().cancelAtPeriodEnd()
                        ? " · " + getTranslation("billing.memberships.ends")
                        : ""))
        .setHeader(getTranslation("billing.col.period-end"))
        .setAutoWidth(true);
    grid.addColumn(r -> BillingFormat.money(r.mrrCents(), locale))
        .setHeader(getTranslation("billing.col.mrr"))
        .setAutoWidth(true);
    grid.addComponentColumn(r -> resync(r.membership().organisationId())).setAutoWidth(true);
    grid.setItems(dashboard.rows());
    grid.setHeight("28rem");
    return grid;
  }

  private Component openInvoices(Map<Long, String> names, Locale locale) {
    Grid<Invoice> grid = new Grid<>();
    grid.setId("billing-open-invoices");
    grid.addColumn(Invoice::number)
        .setHeader(getTranslation("billing.col.number"))
        .setAutoWidth(true);
    grid.addColumn(i -> names.getOrDefault(i.organisationId(), "#" + i.organisationId()))
        .setHeader(getTranslation("billing.col.organisation"))
        .setAutoWidth(true);
    grid.addColumn(i -> BillingFormat.day(i.issuedAt(), locale))
        .setHeader(getTranslation("billing.col.date"))
        .setAutoWidth(true);
    grid.addColumn(i -> BillingFormat.day(i.dueAt(), locale))
        .setHeader(getTranslation("billing.col.due"))
        .setAutoWidth(true);
    grid.addColumn(i -> BillingFormat.money(i.totalCents(), locale))
        .setHeader(getTranslation("billing.col.total"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::invoiceActions).setAutoWidth(true);
    grid.setItems(invoices.open());
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(getTranslation("billing.open-invoices.none"));
    return grid;
  }

  private Component invoiceActions(Invoice invoice) {
    Button paid = new Button(getTranslation("billing.mark-paid"), e -> markPaid(invoice));
    paid.setId("mark-paid-" + invoice.id());
    paid.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    Button voided = new Button(getTranslation("billing.void"), e -> voidInvoice(invoice));
    voided.setId("void-" + invoice.id());
    voided.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    Div actions =
        new Div(
            paid,
            new Span(" "),
            voided,
            new Span(" "),
            InvoicePanel.pdf(invoice, invoices, getTranslation("billing.invoice.pdf")));
    return actions;
  }

  /** The history chart as last drawn. */
  byte[] historyPng() {
    return historyPng.clone();
  }

  private void markPaid(Invoice invoice) {
    new MarkPaidDialog(
            invoice,
            invoices,
            clock,
            () -> {
              FieldErrors.success(getTranslation("billing.mark-paid.done", invoice.number()));
              render();
            },
            this::failed)
        .open();
  }

  private void voidInvoice(Invoice invoice) {
    new VoidInvoiceDialog(
            invoice,
            invoices,
            () -> {
              FieldErrors.success(getTranslation("billing.void.done", invoice.number()));
              render();
            },
            this::failed)
        .open();
  }

  private Button resync(long organisationId) {
    Button button =
        new Button(
            getTranslation("billing.resync"),
            e -> {
              try {
                billing.resync(organisationId);
                FieldErrors.success(getTranslation("billing.resync.done"));
                render();
              } catch (RuntimeException ex) {
                failed(ex);
              }
            });
    button.setId("resync-" + organisationId);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return button;
  }

  private void failed(RuntimeException ex) {
    log.warn("Billing action failed", ex);
    FieldErrors.error(getTranslation("billing.error.failed", ex.getMessage()));
  }

  private Component kpi(String id, String value, String labelKey) {
    Span number = new Span(value);
    number.setId(id);
    number.addClassName("remhub-kpi-value");
    Span label = new Span(getTranslation(labelKey));
    label.addClassName("remhub-kpi-label");
    Div card = new Div(number, label);
    card.addClassName("remhub-card");
    return card;
  }

  private static Image image(String id, byte[] png, String alt) {
    Image image =
        new Image(
            DownloadHandler.fromInputStream(
                event ->
                    new DownloadResponse(
                        new ByteArrayInputStream(png), id + ".png", "image/png", png.length)),
            alt);
    image.setId(id);
    image.setMaxWidth("100%");
    return image;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("billing.staff.title") + " · REMHub";
  }
}
