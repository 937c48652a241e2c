package eu.remhub.portal.billing;

import eu.remhub.portal.billing.internal.JdbcBillingReports;
import eu.remhub.portal.billing.internal.JdbcBillingReports.OrganisationName;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo memberships for the seeded hub, so that the billing pages and the dashboard's history show
 * something believable on first start: about two thirds of the organisations hold a plan, joined
 * over the last fourteen months, a few upgraded, one past due, one unpaid, one cancelled.
 * ElbeCycle, the demo accounts' organisation, holds a yearly Industry membership. Runs after the
 * member seed, only when {@code portal.seed.enabled} and no membership exists yet; the same clock
 * gives the same data (fixed random seed). Written straight to the tables as the manual provider
 * would leave them; no domain events, as nothing has happened yet that plugins could have missed.
 */
@Component
class BillingSeed {

  private static final Logger log = LoggerFactory.getLogger(BillingSeed.class);
  private static final String CAUSE = "demo data";
  private static final String HOME_ORGANISATION = "ElbeCycle";

  private final boolean enabled;
  private final JdbcBillingReports reports;
  private final JdbcMemberships memberships;
  private final Plans plans;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BillingSeed(
      @Value("${portal.seed.enabled:false}") boolean enabled,
      JdbcBillingReports reports,
      JdbcMemberships memberships,
      Plans plans,
      TransactionTemplate transactions,
      Clock clock) {
    this.enabled = enabled;
    this.reports = reports;
    this.memberships = memberships;
    this.plans = plans;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** After {@code SeedData} (order 0) has filled the organisations. */
  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  void seedIfEmpty() {
    if (!enabled || plans.all().isEmpty()) {
      return;
    }
    Integer count = transactions.execute(status -> seed());
    if (count != null && count > 0) {
      log.info("seeded {} demo memberships", count);
    }
  }

  /** Writes the demo memberships unless there are memberships already; returns how many. */
  int seed() {
    if (reports.membershipCount() > 0) {
      return 0;
    }
    List<OrganisationName> orgs = reports.approvedOrganisations();
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Random random = new Random(20_260_101L);
    int written = 0;
    int other = 0;
    for (OrganisationName org : orgs) {
      if (HOME_ORGANISATION.equals(org.shortName())) {
        home(org.id(), now);
        written++;
        continue;
      }
      int index = other++;
      // Every third organisation has no membership: the directory holds prospects too.
      if (index % 3 == 2) {
        continue;
      }
      demo(org.id(), index, random, now);
      written++;
    }
    return written;
  }

  /** ElbeCycle: SME monthly for eight months, then upgraded to Industry yearly five months ago. */
  private void home(long organisationId, Instant now) {
    Plan sme = plan("sme", 1);
    Plan industry = plan("industry", 2);
    Instant joined = now.minus(Duration.ofDays(396));
    Instant upgraded = now.minus(Duration.ofDays(152));
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(joined, sme, interval(sme, BillingInterval.MONTH), "active", true));
    steps.add(
        new Step(upgraded, industry, interval(industry, BillingInterval.YEAR), "active", true));
    write(organisationId, steps, upgraded, now, false, null);
  }

  /**
   * One organisation's demo story, chosen by its position so that each special case occurs once.
   */
  private void demo(long organisationId, int index, Random random, Instant now) {
    List<Plan> all = plans.all();
    double pick = random.nextDouble();
    Plan plan =
        all.get(pick < 0.4 ? 0 : pick < 0.85 ? Math.min(1, all.size() - 1) : all.size() - 1);
    BillingInterval interval =
        interval(plan, random.nextDouble() < 0.6 ? BillingInterval.YEAR : BillingInterval.MONTH);
    Instant joined =
        now.minus(Duration.ofDays(20 + random.nextInt(400)))
            .minus(Duration.ofMinutes(random.nextInt(600)));
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(joined, plan, interval, "active", true));
    Instant anchor = joined;
    Instant pastDueSince = null;
    boolean cancelAtPeriodEnd = false;
    switch (index) {
      case 1 -> { // an upgrade from the smallest plan
        Plan larger = all.get(Math.min(1, all.size() - 1));
        Instant at = between(joined, now, random);
        steps.set(0, new Step(joined, all.get(0), interval(all.get(0), interval), "active", true));
        steps.add(new Step(at, larger, interval(larger, interval), "active", true));
        anchor = at;
      }
      case 3 -> { // past due for five days: still within grace
        pastDueSince = now.minus(Duration.ofDays(5));
        steps.add(new Step(pastDueSince, plan, interval, "past_due", true));
      }
      case 4 -> { // cancelled some weeks ago
        Instant at = now.minus(Duration.ofDays(12 + random.nextInt(30)));
        if (at.isBefore(joined)) {
          at = joined.plus(Duration.ofDays(1));
        }
        steps.add(new Step(at, plan, interval, "canceled", false));
      }
      case 6 -> { // past due beyond grace, then unpaid
        Plan it = steps.get(0).plan();
        Instant since = now.minus(Duration.ofDays(it.graceDays() + 12L));
        pastDueSince = since;
        steps.set(
            0,
            new Step(
                joined.isBefore(since) ? joined : since.minus(Duration.ofDays(90)),
                it,
                interval,
                "active",
                true));
        steps.add(new Step(since, it, interval, "past_due", true));
        steps.add(
            new Step(since.plus(Duration.ofDays(it.graceDays())), it, interval, "unpaid", false));
      }
      case 7 -> cancelAtPeriodEnd = true;
      case 9 -> { // moved from monthly to yearly
        if (plan.offers(BillingInterval.MONTH) && plan.offers(BillingInterval.YEAR)) {
          Instant at = between(joined, now, random);
          steps.set(0, new Step(joined, plan, BillingInterval.MONTH, "active", true));
          steps.add(new Step(at, plan, BillingInterval.YEAR, "active", true));
          anchor = at;
        }
      }
      default -> {}
    }
    Step last = steps.get(steps.size() - 1);
    Instant periodAnchor = "canceled".equals(last.status()) ? steps.get(0).at() : anchor;
    write(
        organisationId,
        steps,
        periodAnchor,
        now,
        cancelAtPeriodEnd,
        "past_due".equals(last.status()) || "unpaid".equals(last.status()) ? pastDueSince : null);
  }

  private void write(
      long organisationId,
      List<Step> steps,
      Instant anchor,
      Instant now,
      boolean cancelAtPeriodEnd,
      Instant pastDueSince) {
    Step first = steps.get(0);
    Step last = steps.get(steps.size() - 1);
    Instant start;
    Instant end;
    if ("canceled".equals(last.status())) {
      end = last.at();
      start = previous(end, last.interval());
    } else {
      start = periodStart(anchor, last.interval(), now);
      end = next(start, last.interval());
    }
    for (Step s : steps) {
      memberships.recordChange(
          organisationId,
          s.at(),
          s.plan().id(),
          s.status(),
          s.entitled(),
          s.entitled() ? s.plan().mrrCents(s.interval()) : 0,
          CAUSE);
    }
    memberships.save(
        new Membership(
            organisationId,
            last.plan().id(),
            last.interval(),
            BillingProperties.MANUAL,
            last.status(),
            null,
            start,
            end,
            cancelAtPeriodEnd,
            pastDueSince,
            last.at(),
            last.entitled(),
            first.at(),
            last.at()),
        false);
  }

  /**
   * The start of the billing period that contains {@code now}, counting periods from {@code
   * anchor}.
   */
  static Instant periodStart(Instant anchor, BillingInterval interval, Instant now) {
    Instant start = anchor;
    while (!next(start, interval).isAfter(now)) {
      start = next(start, interval);
    }
    return start;
  }

  static Instant next(Instant start, BillingInterval interval) {
    ZonedDateTime z = start.atZone(ZoneOffset.UTC);
    return (interval == BillingInterval.YEAR ? z.plusYears(1) : z.plusMonths(1)).toInstant();
  }

  private static Instant previous(Instant end, BillingInterval interval) {
    ZonedDateTime z = end.atZone(ZoneOffset.UTC);
    return (interval == BillingInterval.YEAR ? z.minusYears(1) : z.minusMonths(1)).toInstant();
  }

  private static Instant between(Instant from, Instant to, Random random) {
    long span = Math.max(1, Duration.between(from, to).toMinutes());
    return from.plus(Duration.ofMinutes(span / 4 + random.nextLong(Math.max(1, span / 2))));
  }

  private Plan plan(String id, int fallbackIndex) {
    List<Plan> all = plans.all();
    return plans.find(id).orElse(all.get(Math.min(fallbackIndex, all.size() - 1)));
  }

  /** The wished interval if the plan is sold that way, else the one it offers. */
  private static BillingInterval interval(Plan plan, BillingInterval wished) {
    if (plan.offers(wished)) {
      return wished;
    }
    return wished == BillingInterval.YEAR ? BillingInterval.MONTH : BillingInterval.YEAR;
  }

  /** One entry of a membership's story. */
  private record Step(
      Instant at, Plan plan, BillingInterval interval, String status, boolean entitled) {}
}
