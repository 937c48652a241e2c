package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.PublicUrl;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.member.OrganisationProfile;
import eu.remhub.portal.member.OrganisationService;
import eu.remhub.portal.security.CurrentPerson;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * An organisation's admins see their membership here and act on it: subscribe (Stripe Checkout, or
 * a manual invoice paid by bank transfer), change plan, cancel at the end of the period or resume,
 * open Stripe's Customer Portal, and download invoices. The organisation is always the admin's own.
 */
@Menu(title = "nav.membership", order = 720, icon = "vaadin:credit-card")
@Route(value = "organisation/billing", layout = MainLayout.class)
@RolesAllowed(Roles.ORG_ADMIN)
public class OrganisationBillingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger log = LoggerFactory.getLogger(OrganisationBillingView.class);

  private final transient BillingService billing;
  private final transient InvoiceService invoices;
  private final transient BillingProperties properties;
  private final transient PublicUrl publicUrl;
  private final transient Clock clock;
  private final long organisationId;
  private final Div current = new Div();
  private final Div invoiceArea = new Div();
  private final Grid<Invoice> invoiceGrid = new Grid<>();
  private final SubscribeForm subscribeForm;
  private final FieldErrors notices = new FieldErrors(this);

  public OrganisationBillingView(
      BillingService billing,
      ObjectProvider<InvoiceService> invoices,
      BillingProperties properties,
      CurrentPerson currentPerson,
      OrganisationService organisations,
      PublicUrl publicUrl,
      Clock clock) {
    this.billing = billing;
    this.invoices = invoices.getIfAvailable();
    this.properties = properties;
    this.publicUrl = publicUrl;
    this.clock = clock;
    this.organisationId = currentPerson.get().map(u -> u.organisationId()).orElse(0L);
    addClassName("remhub-page");
    add(new H1(getTranslation("billing.title")));
    current.setId("billing-current");
    subscribeForm =
        new SubscribeForm(
            billing,
            properties,
            organisationId,
            profile(organisations),
            this::issued,
            this::failed);
    add(current, invoiceArea, subscribeForm);
    add(new H2(getTranslation("billing.invoices")));
    InvoiceColumns.configure(invoiceGrid, this.invoices);
    add(invoiceGrid);
    Anchor pricing = new Anchor("pricing", getTranslation("billing.compare-plans"));
    add(pricing);
    refresh();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters();
    subscribeForm.preselect(
        params.getSingleParameter("plan").orElse(null),
        params.getSingleParameter("interval").orElse(null));
  }

  /**
   * The organisation's profile, to start the billing details from its country, city and VAT number.
   */
  private Optional<OrganisationProfile> profile(OrganisationService organisations) {
    try {
      return Optional.of(organisations.editable(organisationId));
    } catch (AccessDeniedException e) {
      return Optional.empty();
    }
  }

  private void issued(Invoice invoice) {
    refresh();
    showInvoice(invoice);
    FieldErrors.success(getTranslation("billing.subscribe.issued", invoice.number()));
  }

  // ---- current membership ------------------------------------------------------------------

  private void refresh() {
    Optional<Membership> membership = billing.membership(organisationId);
    current.removeAll();
    Locale locale = BillingFormat.locale(this);
    boolean canSubscribe =
        membership.isEmpty()
            || membership.get().status().isFinal()
            || membership.get().status() == MembershipStatus.INCOMPLETE;
    if (membership.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("billing.none"));
      none.setId("billing-none");
      current.add(none);
    } else {
      current.add(membershipCard(membership.get(), locale));
    }
    Optional<Invoice> open = Optional.empty();
    if (invoices != null) {
      List<Invoice> list = invoices.invoices(organisationId);
      invoiceGrid.setItems(list);
      open =
          list.stream()
              .filter(
                  i ->
                      Invoice.OPEN.equals(i.status())
                          && BillingProperties.MANUAL.equals(i.provider()))
              .findFirst();
    }
    // An issued invoice waits for the transfer: show how to pay it. Before the first payment the
    // admin
    // may still pick another plan; the provider then replaces the invoice.
    invoiceArea.removeAll();
    open.ifPresent(this::showInvoice);
    subscribeForm.setVisible(canSubscribe);
  }

  private Component membershipCard(Membership m, Locale locale) {
    Div card = new Div();
    card.addClassName("remhub-card");
    Optional<Plan> plan =
        billing.plans().stream().filter(p -> p.id().equals(m.planId())).findFirst();
    Span name =
        new Span(
            plan.map(Plan::name).orElse(m.planId())
                + " · "
                + BillingFormat.interval(this, m.interval()));
    name.setId("billing-plan");
    name.addClassName("remhub-card-title");
    Span badge = BillingFormat.statusBadge(this, m.rawStatus());
    badge.setId("billing-status");
    HorizontalLayout header = new HorizontalLayout(name, badge);
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    Paragraph explain = new Paragraph(BillingFormat.explanation(this, m.rawStatus()));
    explain.setId("billing-explanation");
    card.add(header, explain);
    if (m.currentPeriodEnd() != null) {
      Paragraph period =
          new Paragraph(
              getTranslation(
                  "billing.period",
                  BillingFormat.day(m.currentPeriodStart(), locale),
                  BillingFormat.day(m.currentPeriodEnd(), locale)));
      period.setId("billing-period");
      card.add(period);
    }
    boolean entitled = plan.isPresent() && m.entitledAt(plan.get(), clock.instant());
    Paragraph entitlement =
        new Paragraph(getTranslation(entitled ? "billing.entitled" : "billing.not-entitled"));
    entitlement.setId("billing-entitled");
    card.add(entitlement);
    if (m.status() == MembershipStatus.PAST_DUE && m.pastDueSince() != null && plan.isPresent()) {
      Paragraph grace =
          new Paragraph(
              getTranslation(
                  "billing.grace",
                  BillingFormat.day(m.pastDueSince(), locale),
                  BillingFormat.day(
                      m.pastDueSince().plus(Duration.ofDays(plan.get().graceDays())), locale)));
      grace.setId("billing-grace");
      card.add(grace);
    }
    billing
        .pendingChange(organisationId)
        .ifPresent(
            change -> {
              Paragraph pending =
                  new Paragraph(
                      getTranslation(
                          "billing.pending-change",
                          change.plan().name(),
                          BillingFormat.interval(this, change.interval()),
                          BillingFormat.day(m.currentPeriodEnd(), locale)));
              pending.setId("billing-pending-change");
              card.add(pending);
            });
    if (m.cancelAtPeriodEnd() && !m.status().isFinal()) {
      Paragraph notice =
          new Paragraph(
              getTranslation(
                  "billing.cancel-notice", BillingFormat.day(m.currentPeriodEnd(), locale)));
      notice.setId("billing-cancel-notice");
      card.add(notice);
    }
    if (!m.status().isFinal() && m.status() != MembershipStatus.INCOMPLETE) {
      card.add(
          actions(m), new ChangePlanForm(m, billing, organisationId, this::refresh, this::failed));
    }
    return card;
  }

  private Component actions(Membership m) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.addClassName("remhub-card-actions");
    if (m.cancelAtPeriodEnd()) {
      Button resume =
          new Button(
              getTranslation("billing.resume"),
              e ->
                  run(
                      () -> {
                        billing.cancelAtPeriodEnd(organisationId, false);
                        FieldErrors.success(getTranslation("billing.resumed"));
                      }));
      resume.setId("billing-resume");
      actions.add(resume);
    } else {
      Button cancel =
          new Button(
              getTranslation("billing.cancel"),
              e ->
                  new CancelMembershipDialog(
                          m,
                          () ->
                              run(
                                  () -> {
                                    billing.cancelAtPeriodEnd(organisationId, true);
                                    FieldErrors.success(getTranslation("billing.cancelled"));
                                  }))
                      .open());
      cancel.setId("billing-cancel");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      actions.add(cancel);
    }
    if (BillingProperties.STRIPE.equals(m.provider())) {
      Button portal =
          new Button(
              getTranslation("billing.portal"),
              e ->
                  run(
                      () ->
                          billing
                              .customerPortalUrl(
                                  organisationId, publicUrl.link("organisation/billing"))
                              .ifPresentOrElse(
                                  url -> UI.getCurrent().getPage().setLocation(url),
                                  () ->
                                      FieldErrors.error(
                                          getTranslation("billing.portal.unavailable")))));
      portal.setId("billing-portal");
      actions.add(portal);
    }
    return actions;
  }

  // ---- subscribe -------------------------------------------------------------------------------

  private void showInvoice(Invoice invoice) {
    invoiceArea.removeAll();
    if (invoices != null) {
      invoiceArea.add(new InvoicePanel(invoice, properties.seller(), invoices));
    }
  }

  // ---- invoices --------------------------------------------------------------------------------

  // ---- helpers ---------------------------------------------------------------------------------

  private void run(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException ex) {
      notices.show(ex);
    } catch (RuntimeException ex) {
      failed(ex);
    }
    refresh();
  }

  private void failed(RuntimeException ex) {
    if (ex instanceof AccessDeniedException) {
      FieldErrors.error(getTranslation("billing.error.denied"));
    } else {
      log.warn("Billing action for organisation {} failed", organisationId, ex);
      FieldErrors.error(getTranslation("billing.error.provider"));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("billing.title") + " · REMHub";
  }
}
