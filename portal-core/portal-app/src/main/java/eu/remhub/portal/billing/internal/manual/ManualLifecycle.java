package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.MembershipUpdate;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.Plans;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import eu.remhub.portal.billing.internal.JdbcInvoices;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What time does to manual memberships. The state is derived from the organisation's paid invoices:
 * a paid period covering now means active; after the last paid period ends the membership is past
 * due for the plan's grace days, then unpaid, or canceled when it was cancelled at period end. The
 * renewal invoice goes out {@code portal.billing.invoice.renew-before} before the period ends (at
 * most half a period before), once per period, for the plan chosen for the next period.
 */
@Component
public class ManualLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ManualLifecycle.class);
  private static final Set<MembershipStatus> RUNNING =
      Set.of(
          MembershipStatus.ACTIVE,
          MembershipStatus.TRIALING,
          MembershipStatus.PAST_DUE,
          MembershipStatus.UNPAID);

  /** What one run did. */
  public record Run(int renewalsIssued, int membershipsChanged, int failed) {}

  private final JdbcMemberships memberships;
  private final JdbcInvoices invoices;
  private final JdbcBillingAccounts accounts;
  private final MembershipService membershipService;
  private final ManualInvoices issuer;
  private final PendingPlanChanges pending;
  private final Plans plans;
  private final BillingProperties properties;
  private final AuditService audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ManualLifecycle(
      JdbcMemberships memberships,
      JdbcInvoices invoices,
      JdbcBillingAccounts accounts,
      MembershipService membershipService,
      ManualInvoices issuer,
      PendingPlanChanges pending,
      Plans plans,
      BillingProperties properties,
      AuditService audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.memberships = memberships;
    this.invoices = invoices;
    this.accounts = accounts;
    this.membershipService = membershipService;
    this.issuer = issuer;
    this.pending = pending;
    this.plans = plans;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    // No gap locks (InnoDB's REPEATABLE READ): the organisation row lock serialises the work.
    this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
  }

  @Scheduled(
      fixedDelayString = "${portal.billing.manual-check-every:PT1H}",
      initialDelayString = "${portal.billing.manual-check-every:PT1H}")
  void scheduled() {
    Run run = run(clock.instant());
    if (run.renewalsIssued() + run.membershipsChanged() + run.failed() > 0) {
      log.info(
          "Manual memberships: {} renewal invoices issued, {} memberships changed, {} failed",
          run.renewalsIssued(),
          run.membershipsChanged(),
          run.failed());
    }
  }

  /** Checks every manual membership as of {@code now}, each in its own transaction. */
  public Run run(Instant now) {
    int issued = 0;
    int changed = 0;
    int failed = 0;
    for (Membership m : memberships.all()) {
      if (!ManualBillingProvider.ID.equals(m.provider()) || m.status().isFinal()) {
        continue;
      }
      try {
        Step step = check(m.organisationId(), now);
        issued += step.renewal() ? 1 : 0;
        changed += step.changed() ? 1 : 0;
      } catch (RuntimeException e) {
        failed++;
        log.warn(
            "Manual membership of organisation {} could not be checked", m.organisationId(), e);
      }
    }
    return new Run(issued, changed, failed);
  }

  /** What checking one membership did: a renewal invoice issued, the membership changed. */
  public record Step(boolean renewal, boolean changed) {}

  /** Checks one organisation's manual membership as of {@code now}, in a transaction of its own. */
  public Step check(long organisationId, Instant now) {
    return transaction.execute(status -> refresh(organisationId, now));
  }

  /** Issues the renewal if due and applies the derived state; locks the membership. */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  Step refresh(long organisationId, Instant now) {
    Optional<Membership> locked = memberships.lock(organisationId);
    if (locked.isEmpty()
        || !ManualBillingProvider.ID.equals(locked.get().provider())
        || locked.get().status().isFinal()) {
      return new Step(false, false);
    }
    boolean renewal = renewIfDue(locked.get(), now);
    boolean changed =
        derive(memberships.find(organisationId).orElseThrow(), now, "manual billing check");
    return new Step(renewal, changed);
  }

  /**
   * Issues the invoice for the period after the current one, when it is due and no open or paid one
   * exists for it yet (a voided one does not count: it is issued again).
   */
  boolean renewIfDue(Membership m, Instant now) {
    Instant end = m.currentPeriodEnd();
    if (end == null || m.cancelAtPeriodEnd() || !RUNNING.contains(m.status())) {
      return false;
    }
    Duration before = properties.invoice().renewBefore();
    if (m.currentPeriodStart() != null) {
      // A monthly membership would otherwise get its next invoice the day its period begins.
      Duration half = Duration.between(m.currentPeriodStart(), end).dividedBy(2);
      before = before.compareTo(half) > 0 ? half : before;
    }
    if (now.isBefore(end.minus(before))
        || invoices.manualForPeriod(m.organisationId(), end).stream()
            .anyMatch(i -> !Invoice.VOID.equals(i.status()))) {
      return false;
    }
    if (accounts.find(m.organisationId()).filter(a -> !a.country().isBlank()).isEmpty()) {
      log.warn(
          "Organisation {} has no billing details: no renewal invoice for its {} membership",
          m.organisationId(),
          m.planId());
      return false;
    }
    var next = pending.find(m.organisationId());
    String planId = next.map(PendingPlanChanges.Pending::planId).orElse(m.planId());
    BillingInterval interval = next.map(PendingPlanChanges.Pending::interval).orElse(m.interval());
    Optional<Plan> plan = plans.find(planId).filter(p -> p.offers(interval));
    if (plan.isEmpty()) {
      log.warn(
          "Organisation {}: plan {} ({}ly) is not offered any more; no renewal invoice",
          m.organisationId(),
          planId,
          interval.stripeName());
      audit.record(
          "invoice.renewal-skipped",
          "organisation:" + m.organisationId(),
          "plan " + planId + "/" + interval.stripeName() + " is not offered");
      return false;
    }
    issuer.issue(m.organisationId(), plan.get(), interval, end, now);
    pending.clear(m.organisationId());
    return true;
  }

  /**
   * Applies the state the organisation's manual invoices give at {@code now}, if it differs from
   * the stored one. While the membership awaits its first payment ({@code incomplete}) only
   * invoices paid for this attempt count: those issued at or after its snapshot, not those of an
   * ended membership. The membership must be locked by the caller.
   *
   * @return whether the membership changed
   */
  boolean derive(Membership m, Instant now, String cause) {
    List<Invoice> paid =
        invoices.ofOrganisation(m.organisationId()).stream()
            .filter(
                i ->
                    ManualBillingProvider.ID.equals(i.provider())
                        && i.paid()
                        && i.periodStart() != null)
            .filter(
                i ->
                    m.status() != MembershipStatus.INCOMPLETE
                        || m.stateAt() == null
                        || !i.issuedAt().isBefore(m.stateAt()))
            .toList();
    Optional<Invoice> covering =
        paid.stream()
            .filter(i -> !now.isBefore(i.periodStart()) && now.isBefore(i.periodEnd()))
            .max(Comparator.comparing(Invoice::periodStart));
    if (covering.isPresent()) {
      Invoice i = covering.get();
      return apply(
          m,
          i.planId(),
          i.interval(),
          MembershipStatus.ACTIVE,
          i.periodStart(),
          i.periodEnd(),
          m.cancelAtPeriodEnd(),
          now,
          cause.startsWith("manual invoice") ? cause : "paid period " + i.number());
    }
    Optional<Invoice> lastPaid =
        paid.stream()
            .filter(i -> !now.isBefore(i.periodEnd()))
            .max(Comparator.comparing(Invoice::periodEnd));
    boolean lastPaidIsNewer =
        lastPaid.isPresent()
            && (m.currentPeriodEnd() == null
                || lastPaid.get().periodEnd().isAfter(m.currentPeriodEnd()));
    String planId = lastPaidIsNewer ? lastPaid.get().planId() : m.planId();
    BillingInterval interval = lastPaidIsNewer ? lastPaid.get().interval() : m.interval();
    Instant start = lastPaidIsNewer ? lastPaid.get().periodStart() : m.currentPeriodStart();
    Instant end = lastPaidIsNewer ? lastPaid.get().periodEnd() : m.currentPeriodEnd();
    boolean running = RUNNING.contains(m.status()) || lastPaidIsNewer;
    if (!running || end == null || now.isBefore(end)) {
      return false;
    }
    if (m.cancelAtPeriodEnd()) {
      for (Invoice open : invoices.openManual(m.organisationId())) {
        invoices.markVoid(open.id(), now);
        audit.record(
            "invoice.void",
            "organisation:" + m.organisationId(),
            open.number() + ": the membership ended");
      }
      return apply(
          m,
          planId,
          interval,
          MembershipStatus.CANCELED,
          start,
          end,
          true,
          now,
          "period ended, cancelled");
    }
    int graceDays = plans.find(planId).map(Plan::graceDays).orElse(0);
    boolean withinGrace = now.isBefore(end.plus(Duration.ofDays(graceDays)));
    return apply(
        m,
        planId,
        interval,
        withinGrace ? MembershipStatus.PAST_DUE : MembershipStatus.UNPAID,
        start,
        end,
        false,
        now,
        withinGrace
            ? "renewal unpaid at period end"
            : "renewal unpaid after " + graceDays + " days of grace");
  }

  private boolean apply(
      Membership m,
      String planId,
      BillingInterval interval,
      MembershipStatus status,
      Instant start,
      Instant end,
      boolean cancel,
      Instant now,
      String cause) {
    boolean same =
        m.planId().equals(planId)
            && m.interval() == interval
            && m.status() == status
            && Objects.equals(m.currentPeriodStart(), start)
            && Objects.equals(m.currentPeriodEnd(), end)
            && m.cancelAtPeriodEnd() == cancel;
    if (same) {
      return false;
    }
    return membershipService.apply(
            update(
                m.organisationId(),
                planId,
                interval,
                status,
                start,
                end,
                cancel,
                stateAt(m, now),
                cause))
        == MembershipService.Outcome.APPLIED;
  }

  static MembershipUpdate update(
      long organisationId,
      String planId,
      BillingInterval interval,
      MembershipStatus status,
      Instant start,
      Instant end,
      boolean cancel,
      Instant stateAt,
      String cause) {
    return new MembershipUpdate(
        organisationId,
        planId,
        interval,
        ManualBillingProvider.ID,
        status.stripeName(),
        null,
        start,
        end,
        cancel,
        stateAt,
        cause);
  }

  /**
   * Manual invoicing is the only source of its memberships' state, so its snapshots are never older
   * than the stored one.
   */
  static Instant stateAt(Membership stored, Instant now) {
    return stored == null || stored.stateAt() == null || now.isAfter(stored.stateAt())
        ? now
        : stored.stateAt();
  }
}
