package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.EntitlementCatalogue;
import eu.remhub.portal.billing.Plan;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Staff see each configured plan with its prices, seats, grace period and Stripe prices, and every
 * entitlement it grants with what it allows and which enabled plugin defines it, so that a plan
 * naming an entitlement nobody defines stands out.
 */
@Route(value = "admin/billing/plans", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class PlansView extends Div implements HasDynamicTitle {

  public PlansView(
      BillingService billing, BillingProperties properties, EntitlementCatalogue plugins) {
    addClassNames("remhub-page", "is-wide");
    add(
        new H1(getTranslation("billing.plans.title")),
        StaffBillingTabs.of(this, PlansView.class),
        new Paragraph(getTranslation("billing.plans.intro", properties.provider())));
    EntitlementNames names = new EntitlementNames(this, plugins);
    Locale locale = BillingFormat.locale(this);
    for (Plan plan : billing.plans()) {
      Div section = new Div();
      section.setId("plan-section-" + plan.id());
      section.addClassName("remhub-card");
      section.add(new H2(plan.name() + " (" + plan.id() + ")"));
      List<String> facts = new ArrayList<>();
      for (BillingInterval interval : BillingInterval.values()) {
        plan.priceCents(interval)
            .ifPresent(
                cents ->
                    facts.add(
                        getTranslation(
                                "pricing.per." + interval.stripeName(),
                                BillingFormat.money(cents, locale))
                            + plan.stripePrice(interval).map(p -> " [" + p + "]").orElse("")));
      }
      facts.add(getTranslation("pricing.seats", plan.seats()));
      facts.add(getTranslation("billing.plans.grace", plan.graceDays()));
      Paragraph meta = new Paragraph(String.join(" · ", facts));
      meta.addClassName("remhub-card-meta");
      section.add(meta, entitlements(plan, names));
      add(section);
    }
  }

  private Component entitlements(Plan plan, EntitlementNames names) {
    Grid<String> grid = new Grid<>();
    grid.setId("plan-entitlements-" + plan.id());
    grid.addColumn(id -> id).setHeader(getTranslation("billing.plans.col.id")).setAutoWidth(true);
    grid.addColumn(names::name)
        .setHeader(getTranslation("billing.plans.col.name"))
        .setAutoWidth(true);
    grid.addColumn(names::description)
        .setHeader(getTranslation("billing.plans.col.description"))
        .setFlexGrow(1);
    grid.addColumn(id -> definedBy(names.source(id)))
        .setHeader(getTranslation("billing.plans.col.defined-by"))
        .setAutoWidth(true);
    grid.setItems(plan.entitlements());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private String definedBy(EntitlementNames.Source source) {
    if (source.plugin().isPresent()) {
      return getTranslation(
          "billing.plans.by-plugin", source.plugin().get().name(), source.plugin().get().id());
    }
    if (source.definition().isPresent()) {
      return getTranslation("billing.plans.by-some-plugin");
    }
    return getTranslation("billing.plans.undefined");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("billing.plans.title") + " · REMHub";
  }
}
