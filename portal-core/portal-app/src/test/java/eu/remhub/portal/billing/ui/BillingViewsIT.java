package eu.remhub.portal.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.member.MemberRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The billing views, browserless, for each persona who may open them. Manual invoicing is the
 * provider in tests.
 */
@PortalIntegrationTest
class BillingViewsIT extends SpringBrowserlessTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Accounts accounts;
  @Autowired MemberRepository members;
  @Autowired BillingService billing;
  @Autowired MembershipService memberships;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private void click(String id) {
    test($(Button.class).id(id)).click();
  }

  /** A fresh organisation with one admin, signed in. */
  private CurrentUser freshAdmin() {
    String name = "Billing View " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    long org = accounts.organisation(name, "DE");
    String email = "admin-" + name.toLowerCase(Locale.ROOT).replace(' ', '-') + "@it.example";
    members.insertPerson(
        email, "-", "Ada Admin", org, Set.of(Roles.MEMBER, Roles.ORG_ADMIN), "en", Instant.now());
    return signIn(email);
  }

  private CurrentUser signIn(String email) {
    return TestSupport.signIn(members.findPersonByEmail(email).orElseThrow());
  }

  @Test
  void pricing_showsTheThreePlansSideBySide_andLeadsVisitorsToRegister() {
    accounts.signIn(Persona.ANONYMOUS);
    navigate(PricingView.class);

    Div cards = $(Div.class).id("pricing-plans");
    assertThat(cards.getChildren().map(c -> c.getId().orElse("")))
        .containsExactly("plan-research", "plan-sme", "plan-industry");
    assertThat($(Span.class).id("price-research-month").getText()).isEqualTo("€45.00 per month");
    assertThat($(Span.class).id("price-sme-year").getText()).isEqualTo("€1,500.00 per year");
    assertThat($(Span.class).all())
        .noneMatch(s -> s.getId().orElse("").equals("price-industry-month"));
    assertThat($(Div.class).id("plan-industry").getElement().getTextRecursively())
        .contains("Up to 60 people", "Use the hub's shared pilot lines and test services");
    assertThat($(Paragraph.class).id("pricing-visitor").getText())
        .contains("register your organisation");
    assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("choose-"));
    assertThat(test($(Grid.class).id("pricing-compare")).size()).isEqualTo(6);
  }

  @Test
  void pricing_adminChoosesAPlan_andFindsItPreselectedOnTheBillingPage() {
    freshAdmin();
    navigate(PricingView.class);
    click("choose-sme-month");

    assertThat(getCurrentView()).isInstanceOf(OrganisationBillingView.class);
    @SuppressWarnings("unchecked")
    Select<Plan> plan = $(Select.class).id("subscribe-plan");
    @SuppressWarnings("unchecked")
    RadioButtonGroup<BillingInterval> interval = $(RadioButtonGroup.class).id("subscribe-interval");
    assertThat(plan.getValue().id()).isEqualTo("sme");
    assertThat(interval.getValue()).isEqualTo(BillingInterval.MONTH);
  }

  @Test
  void organisationBilling_showsElbeCyclesIndustryMembership() {
    signIn("admin@elbecycle.example");
    navigate(OrganisationBillingView.class);

    assertThat($(Span.class).id("billing-plan").getText()).isEqualTo("Industry · Yearly");
    assertThat($(Span.class).id("billing-status").getText()).isEqualTo("Active");
    assertThat($(Paragraph.class).id("billing-entitled").getText())
        .isEqualTo("Your organisation holds the plan's entitlements.");
    assertThat($(Paragraph.class).id("billing-period").getText()).startsWith("Current period: ");
    assertThat($(Span.class).id("change-hint").getText()).contains("from the next billing period");
    assertThat($(Div.class).all()).noneMatch(d -> d.getId().orElse("").equals("billing-subscribe"));
    assertThat($(Button.class).id("billing-cancel").isVisible()).isTrue();
  }

  @Test
  void subscribe_badInputIsShownOnTheFields_thenTheInvoiceShowsHowToPay() {
    CurrentUser admin = freshAdmin();
    navigate(OrganisationBillingView.class);
    assertThat($(Paragraph.class).id("billing-none").getText())
        .startsWith("Your organisation has no membership yet");

    click("subscribe-submit");
    assertThat($(EmailField.class).id("subscribe-email").getErrorMessage()).isEqualTo("Required");
    assertThat($(TextArea.class).id("subscribe-address").getErrorMessage()).isEqualTo("Required");
    assertThat($(TextField.class).id("subscribe-postal-code").getErrorMessage())
        .isEqualTo("Required");
    // country and city come from the organisation's profile
    assertThat($(TextField.class).id("subscribe-city").getValue()).isEqualTo("Aachen");
    assertThat($(TextField.class).id("subscribe-city").isInvalid()).isFalse();
    assertThat($(ComboBox.class).id("subscribe-country").getValue()).isEqualTo("DE");
    $(TextField.class).id("subscribe-city").setValue("");
    click("subscribe-submit");
    assertThat($(TextField.class).id("subscribe-city").getErrorMessage()).isEqualTo("Required");

    $(EmailField.class).id("subscribe-email").setValue("not an address");
    $(TextArea.class).id("subscribe-address").setValue("Musterstraße 1");
    $(TextField.class).id("subscribe-postal-code").setValue("52062");
    $(TextField.class).id("subscribe-city").setValue("Aachen");
    @SuppressWarnings("unchecked")
    ComboBox<String> country = $(ComboBox.class).id("subscribe-country");
    country.setValue("DE");
    $(TextField.class).id("subscribe-vat-id").setValue("DE12");
    click("subscribe-submit");
    assertThat($(EmailField.class).id("subscribe-email").getErrorMessage())
        .isEqualTo("An email address such as billing@example.org");

    $(EmailField.class).id("subscribe-email").setValue("billing@magnetics.example");
    click("subscribe-submit");
    assertThat($(TextField.class).id("subscribe-vat-id").isInvalid()).isTrue();
    assertThat($(TextField.class).id("subscribe-vat-id").getErrorMessage())
        .isEqualTo("Not a VAT number of DE, which looks like DE123456789");
    assertThat($(TextField.class).id("subscribe-city").getValue()).isEqualTo("Aachen");
    assertThat(memberships.find(admin.organisationId())).isEmpty();

    $(TextField.class).id("subscribe-vat-id").setValue("");
    click("subscribe-submit");
    assertThat($(TextField.class).id("subscribe-vat-id").isInvalid()).isFalse();
    Div panel = $(Div.class).id("invoice-panel");
    assertThat(panel.isVisible()).isTrue();
    String number = $(Span.class).id("invoice-reference").getText();
    assertThat(number).startsWith("REM-");
    assertThat($(Span.class).id("invoice-iban").getText()).isEqualTo("BE68 5390 0754 7034");
    assertThat($(Span.class).id("invoice-bic").getText()).isEqualTo("EXBEBEBB");
    assertThat($(Span.class).id("invoice-payee").getText())
        .isEqualTo("REMHub Innovation Hub AISBL");
    assertThat($(Anchor.class).all())
        .anyMatch(a -> a.getId().orElse("").startsWith("invoice-pdf-"));
    assertThat($(Span.class).id("billing-status").getText()).isEqualTo("Awaiting payment");
    assertThat(memberships.find(admin.organisationId()).orElseThrow().status())
        .isEqualTo(MembershipStatus.INCOMPLETE);
    assertThat(test($(Grid.class).id("billing-invoices")).size()).isEqualTo(1);
  }

  @Test
  void staffDashboard_showsFiguresAndCharts_andMarksAnInvoicePaid() {
    CurrentUser admin = freshAdmin();
    SubscribeResult result =
        billing.subscribe(
            admin.organisationId(),
            "research",
            BillingInterval.YEAR,
            new BillingDetails(
                "billing@research.example", "Campus 3", "52062", "Aachen", "DE", ""));
    Invoice invoice = ((SubscribeResult.InvoiceIssued) result).invoice();

    accounts.signIn(Persona.STAFF);
    BillingDashboardView view = navigate(BillingDashboardView.class);
    assertThat(Integer.parseInt($(Span.class).id("kpi-members").getText())).isPositive();
    assertThat($(Span.class).id("kpi-mrr").getText()).startsWith("€");
    assertThat($(Span.class).id("kpi-overdue").getText()).matches("\\d+");
    assertThat($(Span.class).id("kpi-renewals").getText()).matches("\\d+");
    assertThat($(Image.class).id("billing-history-chart").getAlt())
        .hasValueSatisfying(alt -> assertThat(alt).contains("12 months"));
    assertThat($(Image.class).id("billing-plan-chart")).isNotNull();
    BillingChartsTest.assertPngHeader(view.historyPng());
    assertThat(test($(Grid.class).id("billing-per-plan")).size()).isEqualTo(3);
    assertThat($(Anchor.class).id("billing-csv").getText())
        .isEqualTo("Download memberships as CSV");
    @SuppressWarnings("unchecked")
    Grid<eu.remhub.portal.billing.BillingDashboard.Row> all =
        $(Grid.class).id("billing-memberships");
    assertThat(
            java.util.stream.IntStream.range(0, test(all).size())
                .mapToObj(i -> test(all).getRow(i).organisationName()))
        .contains("ElbeCycle", "Kvarnberg Minerals");

    clickInGrid("billing-open-invoices", 5, "mark-paid-" + invoice.id());
    click("paid-confirm");
    assertThat($(TextField.class).id("paid-reference").getErrorMessage()).isEqualTo("Required");
    assertThat(memberships.find(admin.organisationId()).orElseThrow().status())
        .isEqualTo(MembershipStatus.INCOMPLETE);
    $(TextField.class).id("paid-reference").setValue("Transfer 2026-0042");
    click("paid-confirm");

    assertThat(memberships.find(admin.organisationId()).orElseThrow().status())
        .isEqualTo(MembershipStatus.ACTIVE);
    assertThat(inGrid("billing-open-invoices", 5, "mark-paid-" + invoice.id())).isFalse();
  }

  @Test
  void eventLog_listsEvents_showsThePayload_andOffersRetryForFailedOnes() {
    String id = "evt_view_" + System.nanoTime();
    String payload = "{\"id\":\"" + id + "\",\"type\":\"invoice.paid\"}";
    Instant now = clock.instant();
    jdbc.sql(
            "INSERT INTO billing_event (event_id, type, created_at, received_at, outcome, attempts, detail, payload) "
                + "VALUES (?, 'invoice.paid', ?, ?, 'FAILED', 2, 'subscription not found', ?)")
        .params(id, Timestamp.from(now), Timestamp.from(now.plusSeconds(3600)), payload)
        .update();
    try {
      accounts.signIn(Persona.STAFF);
      navigate(BillingEventsView.class);
      @SuppressWarnings("unchecked")
      Grid<eu.remhub.portal.billing.BillingEventLog.Entry> grid =
          $(Grid.class).id("billing-events");
      assertThat(test(grid).getRow(0).eventId()).isEqualTo(id);
      assertThat(inGrid("billing-events", 7, "retry-" + id)).isTrue();

      clickInGrid("billing-events", 7, "payload-" + id);
      assertThat($(Pre.class).id("billing-event-payload").getText()).isEqualTo(payload);
    } finally {
      jdbc.sql("DELETE FROM billing_event WHERE event_id = ?").param(id).update();
    }
  }

  @Test
  void plansView_showsEachPlansEntitlements_andWhereTheyAreDefined() {
    accounts.signIn(Persona.STAFF);
    navigate(PlansView.class);

    for (String plan : new String[] {"research", "sme", "industry"}) {
      assertThat($(Div.class).id("plan-section-" + plan)).isNotNull();
    }
    @SuppressWarnings("unchecked")
    Grid<String> industry = $(Grid.class).id("plan-entitlements-industry");
    assertThat(test(industry).size()).isEqualTo(6);
    String text = $(Div.class).id("plan-section-industry").getElement().getTextRecursively();
    assertThat(text).contains("€6,000.00 per year", "14 days of grace");
    int row =
        java.util.stream.IntStream.range(0, test(industry).size())
            .filter(i -> test(industry).getRow(i).equals("hub.shared-services"))
            .findFirst()
            .orElseThrow();
    assertThat(test(industry).getCellText(row, 3)).isEqualTo("Not defined by any enabled plugin");
  }

  @Test
  void checkoutReturn_withoutASession_showsTheCurrentState() {
    signIn("admin@elbecycle.example");
    navigate("organisation/billing/return", CheckoutReturnView.class);

    assertThat($(Paragraph.class).id("checkout-result").getText())
        .startsWith("Welcome to the hub!");
    assertThat($(Span.class).id("checkout-status").getText()).isEqualTo("Active");
  }

  /** Clicks the button with this id among the components of a grid's column. */
  private void clickInGrid(String gridId, int column, String buttonId) {
    @SuppressWarnings("unchecked")
    Grid<Object> grid = $(Grid.class).id(gridId);
    var tester = test(grid);
    for (int row = 0; row < tester.size(); row++) {
      Component cell = tester.getCellComponent(row, column);
      var button =
          cell.getChildren().filter(c -> c.getId().orElse("").equals(buttonId)).findFirst();
      if (button.isPresent()) {
        test((Button) button.get()).click();
        return;
      }
    }
    throw new AssertionError(buttonId + " is not in " + gridId);
  }

  private boolean inGrid(String gridId, int column, String buttonId) {
    @SuppressWarnings("unchecked")
    Grid<Object> grid = $(Grid.class).id(gridId);
    var tester = test(grid);
    for (int row = 0; row < tester.size(); row++) {
      if (tester
          .getCellComponent(row, column)
          .getChildren()
          .anyMatch(c -> c.getId().orElse("").equals(buttonId))) {
        return true;
      }
    }
    return false;
  }
}
