package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.billing.BillingDashboard;
import eu.remhub.portal.billing.BillingEventLog;
import eu.remhub.portal.billing.BillingEventLog.Entry;
import eu.remhub.portal.billing.BillingEventLog.Outcome;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The Stripe events received, newest first: type, what became of each, how often it was tried, and
 * its payload. A failed event can be handled again from here.
 */
@Route(value = "admin/billing/events", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class BillingEventsView extends Div implements HasDynamicTitle {

  private static final Logger log = LoggerFactory.getLogger(BillingEventsView.class);

  private final transient BillingEventLog events;
  private final Grid<Entry> grid = new Grid<>();
  private final Select<Outcome> outcome = new Select<>();

  public BillingEventsView(ObjectProvider<BillingEventLog> events, BillingDashboard dashboard) {
    this.events = events.getIfAvailable();
    addClassNames("remhub-page", "is-wide");
    add(
        new H1(getTranslation("billing.events.title")),
        StaffBillingTabs.of(this, BillingEventsView.class));
    if (this.events == null) {
      Paragraph none = new Paragraph(getTranslation("billing.events.unavailable"));
      none.setId("billing-events-unavailable");
      add(none);
      return;
    }
    outcome.setId("billing-events-outcome");
    outcome.setLabel(getTranslation("billing.events.filter"));
    outcome.setItems(Outcome.values());
    outcome.setEmptySelectionAllowed(true);
    outcome.setEmptySelectionCaption(getTranslation("billing.events.all"));
    outcome.setItemLabelGenerator(
        o -> o == null ? getTranslation("billing.events.all") : outcomeText(o));
    outcome.addValueChangeListener(e -> refresh());
    add(outcome);

    grid.setId("billing-events");
    grid.addColumn(e -> BillingFormat.time(e.receivedAt()))
        .setHeader(getTranslation("billing.events.col.received"))
        .setAutoWidth(true);
    grid.addColumn(Entry::type)
        .setHeader(getTranslation("billing.events.col.type"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::badge)
        .setHeader(getTranslation("billing.events.col.outcome"))
        .setAutoWidth(true);
    grid.addColumn(Entry::attempts)
        .setHeader(getTranslation("billing.events.col.attempts"))
        .setAutoWidth(true);
    Map<Long, String> names = dashboard.organisationNames();
    grid.addColumn(
            e ->
                e.organisationId() == null
                    ? ""
                    : names.getOrDefault(e.organisationId(), "#" + e.organisationId()))
        .setHeader(getTranslation("billing.events.col.organisation"))
        .setAutoWidth(true);
    grid.addColumn(e -> e.objectId() == null ? "" : e.objectId())
        .setHeader(getTranslation("billing.events.col.object"))
        .setAutoWidth(true);
    grid.addColumn(e -> e.detail() == null ? "" : e.detail())
        .setHeader(getTranslation("billing.events.col.detail"))
        .setFlexGrow(1);
    grid.addComponentColumn(this::actions).setAutoWidth(true);
    grid.setHeight("70vh");
    add(grid);
    refresh();
  }

  private void refresh() {
    Outcome filter = outcome.getValue();
    grid.setItems(
        query -> events.latest(query.getOffset(), query.getLimit(), filter).stream(),
        query -> events.count(filter));
  }

  private String outcomeText(Outcome o) {
    return getTranslation("billing.events.outcome." + o.name().toLowerCase(Locale.ROOT));
  }

  private Span badge(Entry e) {
    Span badge = new Span(outcomeText(e.outcome()));
    badge.addClassNames(
        "remhub-badge",
        switch (e.outcome()) {
          case PROCESSED -> "state-enabled";
          case FAILED, REJECTED -> "state-failed";
          case UNHANDLED -> "state-incompatible";
          case IGNORED -> "state-disabled";
        });
    return badge;
  }

  private Component actions(Entry e) {
    Button payload = new Button(getTranslation("billing.events.payload"), click -> showPayload(e));
    payload.setId("payload-" + e.eventId());
    payload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Div actions = new Div(payload);
    if (e.outcome() == Outcome.FAILED) {
      Button retry = new Button(getTranslation("billing.events.retry"), click -> retry(e));
      retry.setId("retry-" + e.eventId());
      retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
      actions.add(retry);
    }
    return actions;
  }

  private void showPayload(Entry e) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(e.type() + " · " + e.eventId());
    Pre pre = new Pre(events.payload(e.eventId()).orElse(""));
    pre.setId("billing-event-payload");
    pre.getStyle().set("max-height", "60vh").set("overflow", "auto").set("white-space", "pre-wrap");
    dialog.add(pre);
    dialog.setWidth("min(60rem, 95vw)");
    dialog.getFooter().add(new Button(getTranslation("billing.events.close"), c -> dialog.close()));
    dialog.open();
  }

  private void retry(Entry e) {
    try {
      Entry after = events.retry(e.eventId());
      if (after.outcome() == Outcome.FAILED) {
        FieldErrors.error(
            getTranslation(
                "billing.events.retry.failed", after.detail() == null ? "" : after.detail()));
      } else {
        FieldErrors.success(
            getTranslation("billing.events.retry.done", outcomeText(after.outcome())));
      }
    } catch (RuntimeException ex) {
      log.warn("Retrying Stripe event {} failed", e.eventId(), ex);
      FieldErrors.error(getTranslation("billing.events.retry.failed", ex.getMessage()));
    }
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("billing.events.title") + " · REMHub";
  }
}
