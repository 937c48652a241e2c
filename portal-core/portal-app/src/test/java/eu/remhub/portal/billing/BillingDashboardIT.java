package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.billing.BillingDashboard.MonthFigures;
import eu.remhub.portal.billing.BillingDashboard.Overdue;
import eu.remhub.portal.billing.BillingDashboard.PlanFigures;
import eu.remhub.portal.billing.BillingDashboard.Row;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The staff dashboard's figures from rows written for fresh organisations: each figure is compared
 * before and after, so that the memberships other tests leave in the shared database do not matter.
 */
@PortalIntegrationTest
@Tag("database")
class BillingDashboardIT {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired BillingDashboard dashboard;
  @Autowired JdbcMemberships memberships;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Clock clock;

  final List<Long> organisations = new ArrayList<>();
  Instant now;

  @BeforeEach
  void staff() {
    accounts.signIn(Persona.STAFF);
    now = clock.instant();
  }

  @AfterEach
  void removeRows() {
    for (long org : organisations) {
      jdbc.sql("DELETE FROM invoice WHERE organisation_id = ?").param(org).update();
      jdbc.sql("DELETE FROM membership_change WHERE organisation_id = ?").param(org).update();
      jdbc.sql("DELETE FROM membership WHERE organisation_id = ?").param(org).update();
    }
    accounts.signIn(Persona.ANONYMOUS);
  }

  private long organisation(String name) {
    long id =
        accounts.organisation(
            name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000, "BE");
    organisations.add(id);
    return id;
  }

  private void membership(
      long org,
      String plan,
      BillingInterval interval,
      String status,
      Instant periodEnd,
      boolean cancelAtPeriodEnd,
      Instant pastDueSince) {
    Instant start =
        periodEnd == null
            ? null
            : periodEnd.minus(Duration.ofDays(interval == BillingInterval.YEAR ? 365 : 30));
    Plan p = plans.find(plan).orElseThrow();
    boolean entitled = MembershipStatus.of(status).entitles(pastDueSince, p.graceDays(), now);
    memberships.save(
        new Membership(
            org,
            plan,
            interval,
            BillingProperties.MANUAL,
            status,
            null,
            start,
            periodEnd,
            cancelAtPeriodEnd,
            pastDueSince,
            now,
            entitled,
            now,
            now),
        false);
  }

  private long mrr(String plan, BillingInterval interval) {
    return plans.find(plan).orElseThrow().mrrCents(interval);
  }

  private static Map<String, PlanFigures> byPlan(List<PlanFigures> figures) {
    return figures.stream().collect(Collectors.toMap(PlanFigures::planId, Function.identity()));
  }

  @Test
  void membersRevenueOverdueAndRenewals_countExactlyTheEntitledAndDueMemberships() {
    int membersBefore = dashboard.members();
    long mrrBefore = dashboard.mrrCents();
    Map<String, PlanFigures> planBefore = byPlan(dashboard.perPlan());

    long renewing = organisation("Dash Renewing");
    long leaving = organisation("Dash Leaving");
    long late = organisation("Dash Late");
    long unpaid = organisation("Dash Unpaid");
    long ended = organisation("Dash Ended");
    long invoiced = organisation("Dash Invoiced");
    long notYetDue = organisation("Dash NotYetDue");
    membership(
        renewing,
        "sme",
        BillingInterval.YEAR,
        "active",
        now.plus(Duration.ofDays(10)),
        false,
        null);
    membership(
        leaving,
        "research",
        BillingInterval.MONTH,
        "active",
        now.plus(Duration.ofDays(5)),
        true,
        null);
    membership(
        late,
        "industry",
        BillingInterval.YEAR,
        "past_due",
        now.plus(Duration.ofDays(60)),
        false,
        now.minus(Duration.ofDays(3)));
    membership(
        unpaid,
        "sme",
        BillingInterval.MONTH,
        "unpaid",
        now.minus(Duration.ofDays(20)),
        false,
        null);
    membership(
        ended,
        "research",
        BillingInterval.YEAR,
        "canceled",
        now.minus(Duration.ofDays(40)),
        false,
        null);
    long lateInvoiced = organisation("Dash LateInvoiced");
    invoice(invoiced, now.minus(Duration.ofDays(2)));
    invoice(notYetDue, now.plus(Duration.ofDays(12)));
    membership(
        lateInvoiced,
        "sme",
        BillingInterval.YEAR,
        "unpaid",
        now.minus(Duration.ofDays(20)),
        false,
        now.minus(Duration.ofDays(20)));
    invoice(lateInvoiced, now.minus(Duration.ofDays(18)));

    assertThat(dashboard.members()).isEqualTo(membersBefore + 3);
    assertThat(dashboard.mrrCents())
        .isEqualTo(
            mrrBefore
                + mrr("sme", BillingInterval.YEAR)
                + mrr("research", BillingInterval.MONTH)
                + mrr("industry", BillingInterval.YEAR));
    assertThat(mrr("sme", BillingInterval.YEAR)).isEqualTo(12_500);
    Map<String, PlanFigures> planAfter = byPlan(dashboard.perPlan());
    assertThat(planAfter.get("research").members())
        .isEqualTo(planBefore.get("research").members() + 1);
    assertThat(planAfter.get("sme").members()).isEqualTo(planBefore.get("sme").members() + 1);
    assertThat(planAfter.get("industry").members())
        .isEqualTo(planBefore.get("industry").members() + 1);
    assertThat(planAfter.get("industry").mrrCents())
        .isEqualTo(planBefore.get("industry").mrrCents() + 50_000);

    List<Overdue> overdue = dashboard.overdue();
    assertThat(overdue)
        .filteredOn(o -> organisations.contains(o.organisationId()))
        .extracting(Overdue::organisationId, Overdue::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(late, "past_due"),
            org.assertj.core.groups.Tuple.tuple(unpaid, "unpaid"),
            org.assertj.core.groups.Tuple.tuple(invoiced, "invoice"),
            org.assertj.core.groups.Tuple.tuple(lateInvoiced, "invoice"));
    assertThat(overdue)
        .filteredOn(o -> o.organisationId() == invoiced)
        .singleElement()
        .satisfies(o -> assertThat(o.amountCents()).isEqualTo(181_500));
    assertThat(overdue)
        .as("an unpaid membership with an overdue invoice is listed once, with the invoice's total")
        .filteredOn(o -> o.organisationId() == lateInvoiced)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.amountCents()).isEqualTo(181_500);
              assertThat(o.invoiceNumber()).isEqualTo("DASH-" + lateInvoiced);
            });

    List<Row> renewals = dashboard.renewals(Duration.ofDays(30));
    assertThat(renewals)
        .extracting(r -> r.membership().organisationId())
        .contains(renewing)
        .doesNotContain(leaving, late, unpaid, ended);
  }

  @Test
  void history_countsEachOrganisationAtEveryMonthEnd_fromItsNewestChange() {
    List<MonthFigures> before = dashboard.history(12);
    long org = organisation("Dash History");
    YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
    Instant joined = current.minusMonths(5).atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
    Instant upgraded =
        current.minusMonths(4).atEndOfMonth().atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    Instant lapsed = current.minusMonths(2).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    memberships.recordChange(org, joined, "research", "active", true, 4_500, "test");
    memberships.recordChange(org, upgraded, "sme", "active", true, 15_000, "test");
    memberships.recordChange(org, lapsed, "sme", "unpaid", false, 0, "test");

    List<MonthFigures> after = dashboard.history(12);

    assertThat(after).hasSize(12);
    assertThat(after.get(11).month()).isEqualTo(current);
    long[] expectedMrr = {0, 0, 0, 0, 0, 0, 4_500, 15_000, 15_000, 0, 0, 0};
    for (int i = 0; i < 12; i++) {
      int member = expectedMrr[i] > 0 ? 1 : 0;
      assertThat(after.get(i).members() - before.get(i).members())
          .as("members in %s", after.get(i).month())
          .isEqualTo(member);
      assertThat(after.get(i).mrrCents() - before.get(i).mrrCents())
          .as("revenue in %s", after.get(i).month())
          .isEqualTo(expectedMrr[i]);
    }
  }

  @Test
  void csv_quotesNames_andDefusesFormulas() {
    long formula = organisation("=HYPERLINK(\"http://evil.example\"), Ltd");
    long plain = organisation("Dash Plain");
    membership(
        formula,
        "sme",
        BillingInterval.YEAR,
        "active",
        Instant.parse("2030-01-15T10:00:00Z"),
        true,
        null);
    membership(plain, "research", BillingInterval.MONTH, "unpaid", null, false, null);
    String formulaName = name(formula);
    String plainName = name(plain);

    String csv = new String(dashboard.csv(), StandardCharsets.UTF_8);

    assertThat(csv)
        .startsWith(
            "\uFEFForganisation,plan,interval,provider,status,entitled,period_end,cancel_at_period_end,mrr_eur\r\n");
    assertThat(csv)
        .contains(
            "\r\n\"'"
                + formulaName.replace("\"", "\"\"")
                + "\",SME,year,manual,active,true,2030-01-15,true,125.00\r\n");
    assertThat(csv)
        .contains(
            "\r\n" + plainName + ",Research & Academia,month,manual,unpaid,false,,false,0.00\r\n");
    assertThat(csv.split("\r\n")).allSatisfy(line -> assertThat(line).doesNotStartWith("="));
  }

  @Test
  void figures_areForStaffOnly() {
    accounts.signIn(Persona.ORG_ADMIN);
    assertThatThrownBy(dashboard::members).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(dashboard::csv).isInstanceOf(AccessDeniedException.class);
    accounts.signIn(Persona.ANONYMOUS);
    assertThatThrownBy(() -> dashboard.history(12)).isInstanceOf(AccessDeniedException.class);
  }

  private String name(long org) {
    return jdbc.sql("SELECT short_name FROM organisation WHERE id = ?")
        .param(org)
        .query(String.class)
        .single();
  }

  /** An open manual invoice of 1,500 EUR plus 21 % VAT. */
  private void invoice(long org, Instant due) {
    jdbc.sql(
            "INSERT INTO invoice (organisation_id, provider, number, plan_id, billing_interval, currency, net_cents, "
                + "vat_rate_bp, vat_cents, total_cents, status, issued_at, due_at, state_at) "
                + "VALUES (?, 'manual', ?, 'sme', 'YEAR', 'EUR', 150000, 2100, 31500, 181500, 'open', ?, ?, ?)")
        .params(
            org,
            "DASH-" + org,
            Timestamp.from(due.minus(Duration.ofDays(30))),
            Timestamp.from(due),
            Timestamp.from(now))
        .update();
  }
}
