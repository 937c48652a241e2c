package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.InvalidInputException.Problem;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProvider;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.Plans;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import eu.remhub.portal.billing.internal.JdbcInvoices;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual invoicing, the embedded default: subscribing issues an invoice with bank-transfer details
 * and leaves the membership {@code incomplete} until staff mark it paid; the paid period starts on
 * the payment date. A plan change takes effect with the next renewal (the renewal invoice is for
 * the new plan), as a hub invoicing by bank transfer would do it: no credit notes for partial
 * periods. Cancelling ends the membership when the paid period ends. Callers have checked access.
 *
 * <p>State changes run in READ COMMITTED: the organisation row lock serialises them, and InnoDB's
 * gap locks under REPEATABLE READ would deadlock organisations subscribing for the first time at
 * once.
 */
@Component
public class ManualBillingProvider implements BillingProvider {

  public static final String ID = "manual";

  private final JdbcMemberships memberships;
  private final JdbcInvoices invoices;
  private final JdbcBillingAccounts accounts;
  private final MembershipService membershipService;
  private final ManualInvoices issuer;
  private final ManualLifecycle lifecycle;
  private final PendingPlanChanges pending;
  private final Plans plans;
  private final InvoiceMails mails;
  private final AuditService audit;
  private final Clock clock;

  ManualBillingProvider(
      JdbcMemberships memberships,
      JdbcInvoices invoices,
      JdbcBillingAccounts accounts,
      MembershipService membershipService,
      ManualInvoices issuer,
      ManualLifecycle lifecycle,
      PendingPlanChanges pending,
      Plans plans,
      InvoiceMails mails,
      AuditService audit,
      Clock clock) {
    this.memberships = memberships;
    this.invoices = invoices;
    this.accounts = accounts;
    this.membershipService = membershipService;
    this.issuer = issuer;
    this.lifecycle = lifecycle;
    this.pending = pending;
    this.plans = plans;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  /**
   * Stores the billing details and issues the first invoice. While that invoice is open,
   * subscribing again to the same plan with the same buyer details returns it; choosing another
   * plan or interval, or correcting the country, VAT id or address, voids it (its number stays
   * used) and issues a new one.
   */
  @Override
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public SubscribeResult subscribe(
      long organisationId, Plan plan, BillingInterval interval, BillingDetails details) {
    BillingDetails clean = BillingDetailsCheck.check(details);
    offered(plan, interval);
    Instant now = clock.instant();
    Optional<Membership> current = memberships.lock(organisationId);
    accounts.saveDetails(
        organisationId,
        clean.billingEmail(),
        clean.address(),
        clean.postalCode(),
        clean.city(),
        clean.country(),
        clean.vatId(),
        now);
    boolean awaitingPayment =
        current
            .filter(m -> ID.equals(m.provider()) && m.status() == MembershipStatus.INCOMPLETE)
            .isPresent();
    List<Invoice> firstInvoices = openFirstInvoices(organisationId);
    if (awaitingPayment) {
      JdbcBillingAccounts.BillingAccount buyer = accounts.find(organisationId).orElseThrow();
      Optional<Invoice> same =
          firstInvoices.stream()
              .filter(i -> i.planId().equals(plan.id()) && i.interval() == interval)
              .filter(
                  i ->
                      Objects.equals(buyer.country(), i.buyerCountry())
                          && Objects.equals(buyer.vatId(), i.buyerVatId())
                          && Objects.equals(ManualInvoices.buyerAddress(buyer), i.buyerAddress()))
              .findFirst();
      if (same.isPresent()) {
        return new SubscribeResult.InvoiceIssued(same.get());
      }
    }
    firstInvoices.forEach(old -> voidOpen(old, "replaced by a new subscription", now));
    Invoice invoice = issuer.issue(organisationId, plan, interval, null, now);
    membershipService.apply(
        ManualLifecycle.update(
            organisationId,
            plan.id(),
            interval,
            MembershipStatus.INCOMPLETE,
            null,
            null,
            false,
            ManualLifecycle.stateAt(current.orElse(null), now),
            "manual invoice " + invoice.number() + " issued"));
    pending.clear(organisationId);
    return new SubscribeResult.InvoiceIssued(invoice);
  }

  /**
   * Before the first payment: replaces the first invoice. Afterwards: the next renewal is for the
   * new plan; a renewal invoice already issued and still open is replaced. Choosing the current
   * plan and interval again withdraws a scheduled change.
   */
  @Override
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public void changePlan(long organisationId, Plan plan, BillingInterval interval) {
    offered(plan, interval);
    Instant now = clock.instant();
    Membership m =
        memberships
            .lock(organisationId)
            .filter(x -> !x.status().isFinal())
            .orElseThrow(() -> InvalidInputException.of("plan", "error.billing.no-membership"));
    if (m.status() == MembershipStatus.INCOMPLETE) {
      openFirstInvoices(organisationId)
          .forEach(old -> voidOpen(old, "plan changed before payment", now));
      Invoice invoice = issuer.issue(organisationId, plan, interval, null, now);
      membershipService.apply(
          ManualLifecycle.update(
              organisationId,
              plan.id(),
              interval,
              MembershipStatus.INCOMPLETE,
              null,
              null,
              false,
              ManualLifecycle.stateAt(m, now),
              "manual invoice " + invoice.number() + " issued"));
      return;
    }
    boolean back = m.planId().equals(plan.id()) && m.interval() == interval;
    if (back) {
      pending.clear(organisationId);
      audit.record(
          "membership.change-withdrawn",
          "organisation:" + organisationId,
          "stays on " + plan.id() + "/" + interval.stripeName());
    } else {
      pending.set(organisationId, plan.id(), interval);
      audit.record(
          "membership.change-scheduled",
          "organisation:" + organisationId,
          m.planId()
              + "/"
              + m.interval().stripeName()
              + " → "
              + plan.id()
              + "/"
              + interval.stripeName()
              + " from the next period");
    }
    if (m.currentPeriodEnd() != null) {
      List<Invoice> openRenewals =
          invoices.manualForPeriod(organisationId, m.currentPeriodEnd()).stream()
              .filter(i -> Invoice.OPEN.equals(i.status()))
              .filter(i -> !back || !i.planId().equals(plan.id()) || i.interval() != interval)
              .toList();
      if (!openRenewals.isEmpty()) {
        openRenewals.forEach(old -> voidOpen(old, "plan changed to " + plan.id(), now));
        issuer.issue(organisationId, plan, interval, m.currentPeriodEnd(), now);
        pending.clear(organisationId);
      }
    }
  }

  /** The plan and interval the membership moves to with its next renewal, if changed. */
  public Optional<Plans.PlanPrice> pendingChange(long organisationId) {
    return pending
        .find(organisationId)
        .flatMap(p -> plans.find(p.planId()).map(plan -> new Plans.PlanPrice(plan, p.interval())));
  }

  @Override
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public void cancelAtPeriodEnd(long organisationId, boolean cancel) {
    Instant now = clock.instant();
    Membership m =
        memberships
            .lock(organisationId)
            .filter(x -> !x.status().isFinal())
            .orElseThrow(() -> InvalidInputException.of("plan", "error.billing.no-membership"));
    if (m.status() == MembershipStatus.INCOMPLETE) {
      if (cancel) {
        openFirstInvoices(organisationId)
            .forEach(old -> voidOpen(old, "subscription withdrawn before payment", now));
        membershipService.apply(
            ManualLifecycle.update(
                organisationId,
                m.planId(),
                m.interval(),
                MembershipStatus.CANCELED,
                null,
                null,
                false,
                ManualLifecycle.stateAt(m, now),
                "subscription withdrawn before payment"));
      }
      return;
    }
    if (m.cancelAtPeriodEnd() == cancel) {
      return;
    }
    membershipService.apply(
        ManualLifecycle.update(
            organisationId,
            m.planId(),
            m.interval(),
            m.status(),
            m.currentPeriodStart(),
            m.currentPeriodEnd(),
            cancel,
            ManualLifecycle.stateAt(m, now),
            cancel ? "cancelled at period end" : "cancellation withdrawn"));
    lifecycle.derive(memberships.find(organisationId).orElseThrow(), now, "manual billing check");
  }

  @Override
  public Optional<String> customerPortalUrl(long organisationId, String returnUrl) {
    return Optional.empty();
  }

  @Override
  public void checkoutReturned(long organisationId, String checkoutSessionId) {
    // Nothing to fetch: the membership starts when staff record the transfer.
  }

  /**
   * Derives the state from the organisation's manual invoices again (and issues a renewal that is
   * due).
   */
  @Override
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public void resync(long organisationId) {
    lifecycle.refresh(organisationId, clock.instant());
  }

  /**
   * Records a bank transfer for an open manual invoice. A first invoice's period starts on the
   * payment date; a renewal pays for the period it names. The membership is derived again, so it is
   * active when the paid period covers today. Staff only (checked by the caller).
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public Invoice markPaid(long invoiceId, LocalDate paidOn, String reference) {
    Instant now = clock.instant();
    Invoice found =
        invoices
            .find(invoiceId)
            .orElseThrow(() -> InvalidInputException.of("invoice", "error.invoice.unknown"));
    memberships.lock(found.organisationId());
    Invoice invoice = openManual(invoiceId);
    String ref = reference == null ? "" : reference.strip();
    List<Problem> problems = new ArrayList<>();
    if (paidOn == null) {
      problems.add(new Problem("paidOn", "error.required"));
    } else if (paidOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
      problems.add(new Problem("paidOn", "error.invoice.paid-in-future"));
    }
    if (ref.length() > 200) {
      problems.add(new Problem("reference", "error.too-long", 200));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant paidAt = Periods.startOf(paidOn);
    Instant start = invoice.periodStart() != null ? invoice.periodStart() : paidAt;
    Instant end =
        invoice.periodEnd() != null ? invoice.periodEnd() : Periods.end(start, invoice.interval());
    invoices.markPaid(invoiceId, paidAt, ref, start, end, now);
    Invoice paid = invoices.find(invoiceId).orElseThrow();
    audit.record(
        "invoice.paid",
        "organisation:" + paid.organisationId(),
        paid.number() + " paid on " + paidOn + (ref.isEmpty() ? "" : " (" + ref + ")"));
    Membership m = memberships.find(paid.organisationId()).orElse(null);
    if (m != null && ID.equals(m.provider())) {
      lifecycle.derive(m, now, "manual invoice " + paid.number() + " paid");
    }
    mails.paid(
        paid,
        accounts
            .find(paid.organisationId())
            .map(JdbcBillingAccounts.BillingAccount::billingEmail)
            .orElse(""));
    return paid;
  }

  /**
   * Cancels an open manual invoice, keeping its number. A membership waiting for it expires. Staff
   * only.
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public Invoice voidInvoice(long invoiceId, String reason) {
    Instant now = clock.instant();
    Invoice found =
        invoices
            .find(invoiceId)
            .orElseThrow(() -> InvalidInputException.of("invoice", "error.invoice.unknown"));
    Optional<Membership> m = memberships.lock(found.organisationId());
    Invoice invoice = openManual(invoiceId);
    voidOpen(invoice, reason == null || reason.isBlank() ? "voided by staff" : reason.strip(), now);
    if (m.filter(x -> ID.equals(x.provider()) && x.status() == MembershipStatus.INCOMPLETE)
            .isPresent()
        && openFirstInvoices(invoice.organisationId()).isEmpty()) {
      membershipService.apply(
          ManualLifecycle.update(
              invoice.organisationId(),
              m.get().planId(),
              m.get().interval(),
              MembershipStatus.INCOMPLETE_EXPIRED,
              null,
              null,
              false,
              ManualLifecycle.stateAt(m.get(), now),
              "manual invoice " + invoice.number() + " void"));
    }
    return invoices.find(invoiceId).orElseThrow();
  }

  private Invoice openManual(long invoiceId) {
    Invoice invoice =
        invoices
            .lock(invoiceId)
            .orElseThrow(() -> InvalidInputException.of("invoice", "error.invoice.unknown"));
    if (!ID.equals(invoice.provider()) || !Invoice.OPEN.equals(invoice.status())) {
      throw InvalidInputException.of(
          "invoice", "error.invoice.not-open", invoice.number() == null ? "" : invoice.number());
    }
    return invoice;
  }

  private List<Invoice> openFirstInvoices(long organisationId) {
    return invoices.openManual(organisationId).stream()
        .filter(i -> i.periodStart() == null)
        .toList();
  }

  private void voidOpen(Invoice invoice, String reason, Instant now) {
    invoices.markVoid(invoice.id(), now);
    audit.record(
        "invoice.void",
        "organisation:" + invoice.organisationId(),
        invoice.number() + ": " + reason);
  }

  private static void offered(Plan plan, BillingInterval interval) {
    if (interval == null || !plan.offers(interval)) {
      throw InvalidInputException.of("interval", "error.billing.interval-not-offered");
    }
  }
}
