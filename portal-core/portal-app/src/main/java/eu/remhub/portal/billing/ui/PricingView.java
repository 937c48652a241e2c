package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.EntitlementCatalogue;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.security.CurrentPerson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plans side by side, for everyone: price per month and per year, seats, what each includes,
 * and what its members may do on the portal. Organisation admins choose a plan here; visitors are
 * led to sign in or register.
 */
@Menu(title = "nav.pricing", order = 150, icon = "vaadin:tags")
@Route(value = "pricing", layout = MainLayout.class)
@AnonymousAllowed
public class PricingView extends Div implements HasDynamicTitle {

  public PricingView(
      BillingService billing, CurrentPerson currentPerson, EntitlementCatalogue plugins) {
    addClassNames("remhub-page", "is-wide");
    List<Plan> plans = billing.plans();
    Optional<CurrentUser> user = currentPerson.get();
    EntitlementNames names = new EntitlementNames(this, plugins);
    add(new H1(getTranslation("pricing.title")), new Paragraph(getTranslation("pricing.intro")));

    Div cards = new Div();
    cards.setId("pricing-plans");
    cards.addClassName("remhub-card-grid");
    for (Plan plan : plans) {
      cards.add(card(plan, user, names));
    }
    add(cards);

    add(new H2(getTranslation("pricing.compare")));
    add(comparison(plans, names));
    if (user.isEmpty()) {
      Paragraph visitors = new Paragraph(getTranslation("pricing.visitor"));
      visitors.setId("pricing-visitor");
      add(
          visitors,
          new HorizontalLayout(
              new Anchor("login", getTranslation("pricing.sign-in")),
              new Anchor("register", getTranslation("pricing.register"))));
    }
  }

  private Component card(Plan plan, Optional<CurrentUser> user, EntitlementNames names) {
    Div card = new Div();
    card.setId("plan-" + plan.id());
    card.addClassName("remhub-card");
    Span title = new Span(plan.name());
    title.addClassName("remhub-card-title");
    card.add(title, new Paragraph(plan.description()));
    for (BillingInterval interval : BillingInterval.values()) {
      plan.priceCents(interval)
          .ifPresent(
              cents -> {
                Span price =
                    new Span(
                        getTranslation(
                            "pricing.per." + interval.stripeName(),
                            BillingFormat.money(cents, BillingFormat.locale(this))));
                price.setId("price-" + plan.id() + "-" + interval.stripeName());
                price.addClassName("remhub-kpi-value");
                card.add(price);
              });
    }
    Span seats = new Span(getTranslation("pricing.seats", plan.seats()));
    seats.addClassName("remhub-card-meta");
    card.add(seats);
    UnorderedList features = new UnorderedList();
    plan.features().forEach(f -> features.add(new ListItem(f)));
    card.add(features);
    Span includes = new Span(getTranslation("pricing.includes"));
    includes.addClassName("remhub-card-meta");
    UnorderedList entitlements = new UnorderedList();
    names.names(plan.entitlements()).forEach(n -> entitlements.add(new ListItem(n)));
    card.add(includes, entitlements);
    card.add(choose(plan, user));
    return card;
  }

  private Component choose(Plan plan, Optional<CurrentUser> user) {
    Div actions = new Div();
    actions.addClassName("remhub-card-actions");
    if (user.isPresent() && user.get().hasRole(Roles.ORG_ADMIN)) {
      for (BillingInterval interval : BillingInterval.values()) {
        if (plan.offers(interval)) {
          Button choose =
              new Button(
                  getTranslation("pricing.choose." + interval.stripeName()),
                  e ->
                      UI.getCurrent()
                          .navigate(
                              "organisation/billing",
                              QueryParameters.simple(
                                  Map.of("plan", plan.id(), "interval", interval.stripeName()))));
          choose.setId("choose-" + plan.id() + "-" + interval.stripeName());
          if (interval == BillingInterval.YEAR) {
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
          }
          actions.add(choose);
        }
      }
    } else if (user.isEmpty()) {
      actions.add(new Anchor("register", getTranslation("pricing.register")));
    } else if (!user.get().hasRole(Roles.STAFF)) {
      actions.add(new Span(getTranslation("pricing.ask-admin")));
    }
    return actions;
  }

  /** One row per entitlement, one column per plan. */
  private Component comparison(List<Plan> plans, EntitlementNames names) {
    Set<String> all = new LinkedHashSet<>();
    plans.forEach(p -> all.addAll(p.entitlements()));
    Grid<String> grid = new Grid<>();
    grid.setId("pricing-compare");
    grid.addColumn(names::name).setHeader(getTranslation("pricing.col.entitlement")).setFlexGrow(2);
    for (Plan plan : plans) {
      grid.addColumn(id -> plan.entitlements().contains(id) ? "✓" : "—")
          .setHeader(plan.name())
          .setFlexGrow(1);
    }
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setItems(List.copyOf(all));
    grid.setAllRowsVisible(true);
    return grid;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pricing.title") + " · REMHub";
  }
}
