package eu.remhub.portal.billing;

import eu.remhub.portal.api.event.MembershipActivated;
import eu.remhub.portal.api.event.MembershipChanged;
import eu.remhub.portal.api.event.MembershipLapsed;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import eu.remhub.portal.member.PlanAllowance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a membership changes. Both providers hand their snapshots to {@link #apply};
 * it keeps the newest, records the history, and announces every change with a domain event: {@link
 * MembershipChanged} for every new state of the provider's (plan, status, period, cancellation),
 * {@link MembershipActivated} and {@link MembershipLapsed} when the entitlement begins or ends.
 * Plugins observe them through the contract. Grace periods end with time, so {@link
 * #refreshEntitlements} also runs on a schedule.
 */
@Service
public class MembershipService implements PlanAllowance {

  private static final Logger log = LoggerFactory.getLogger(MembershipService.class);

  /** What became of a snapshot. */
  public enum Outcome {
    /** Stored: something changed. */
    APPLIED,
    /** Same state as stored; only the snapshot time moved on. */
    UNCHANGED,
    /** Older than what is stored: ignored. */
    STALE
  }

  private final JdbcMemberships memberships;
  private final Plans plans;
  private final BillingProperties properties;
  private final DomainEventBus events;
  private final AuditService audit;
  private final Clock clock;

  public MembershipService(
      JdbcMemberships memberships,
      Plans plans,
      BillingProperties properties,
      DomainEventBus events,
      AuditService audit,
      Clock clock) {
    this.memberships = memberships;
    this.plans = plans;
    this.properties = properties;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The organisation's membership, if it ever had one. No access check: callers decide who may ask.
   */
  public Optional<Membership> find(long organisationId) {
    return memberships.find(organisationId);
  }

  public Optional<Membership> findBySubscription(String subscriptionId) {
    return memberships.findBySubscription(subscriptionId);
  }

  public List<Membership> all() {
    return memberships.all();
  }

  /**
   * Applies a provider's snapshot unless a newer one is stored. Runs in the caller's transaction (a
   * webhook's, so that the event's record and its effects commit together) or its own.
   */
  @Transactional
  public Outcome apply(MembershipUpdate update) {
    Instant now = clock.instant();
    Optional<Membership> stored = memberships.lock(update.organisationId());
    if (stored.isPresent() && update.stateAt().isBefore(stored.get().stateAt())) {
      return Outcome.STALE;
    }
    MembershipStatus status = MembershipStatus.of(update.rawStatus());
    if (status == MembershipStatus.UNKNOWN) {
      log.warn(
          "Organisation {}: membership status '{}' is not known; it grants nothing until understood",
          update.organisationId(),
          update.rawStatus());
    }
    Instant pastDueSince = null;
    if (status == MembershipStatus.PAST_DUE) {
      pastDueSince =
          stored
              .filter(m -> m.status() == MembershipStatus.PAST_DUE && m.pastDueSince() != null)
              .map(Membership::pastDueSince)
              .orElse(earliest(update.stateAt(), now));
    }
    Plan plan = plans.find(update.planId()).orElse(null);
    if (plan == null) {
      log.warn(
          "Organisation {}: plan '{}' is not configured; the membership grants nothing",
          update.organisationId(),
          update.planId());
    }
    boolean entitled = plan != null && status.entitles(pastDueSince, plan.graceDays(), now);
    Membership next =
        new Membership(
            update.organisationId(),
            update.planId(),
            update.interval(),
            update.provider(),
            update.rawStatus(),
            update.stripeSubscriptionId(),
            update.currentPeriodStart(),
            update.currentPeriodEnd(),
            update.cancelAtPeriodEnd(),
            pastDueSince,
            update.stateAt(),
            entitled,
            stored.map(Membership::createdAt).orElse(now),
            now);
    memberships.save(next, stored.isPresent());
    boolean sameState = stored.isPresent() && sameState(stored.get(), next);
    if (sameState) {
      return Outcome.UNCHANGED;
    }
    announce(stored.orElse(null), next, plan, now, update.cause(), true);
    return Outcome.APPLIED;
  }

  /**
   * Ends entitlements whose grace period is over (and restores any the policy grants again), with
   * the same events as a provider's change. Idempotent.
   */
  @Scheduled(
      fixedDelayString = "${portal.billing.entitlement-check-every:PT5M}",
      initialDelayString = "PT30S")
  @Transactional
  public int refreshEntitlements() {
    Instant now = clock.instant();
    int changed = 0;
    for (Membership m : memberships.all()) {
      Plan plan = plans.find(m.planId()).orElse(null);
      boolean entitled = plan != null && m.entitledAt(plan, now);
      if (entitled != m.entitled()) {
        Membership locked = memberships.lock(m.organisationId()).orElseThrow();
        entitled = plan != null && locked.entitledAt(plan, now);
        if (entitled == locked.entitled()) {
          continue;
        }
        Membership next =
            new Membership(
                locked.organisationId(),
                locked.planId(),
                locked.interval(),
                locked.provider(),
                locked.rawStatus(),
                locked.stripeSubscriptionId(),
                locked.currentPeriodStart(),
                locked.currentPeriodEnd(),
                locked.cancelAtPeriodEnd(),
                locked.pastDueSince(),
                locked.stateAt(),
                entitled,
                locked.createdAt(),
                now);
        memberships.save(next, true);
        announce(
            locked,
            next,
            plan,
            now,
            entitled ? "entitlement restored" : "grace period ended",
            false);
        changed++;
      }
    }
    return changed;
  }

  /** The entitlements an organisation holds through its membership now (none without one). */
  @Override
  public Set<String> entitlementsOf(long organisationId) {
    return memberships
        .find(organisationId)
        .flatMap(m -> plans.find(m.planId()).filter(p -> m.entitledAt(p, clock.instant())))
        .map(p -> (Set<String>) new TreeSet<>(p.entitlements()))
        .orElse(Set.of());
  }

  /** The entitled plan of an organisation now, if any. */
  public Optional<Plan> entitledPlan(long organisationId) {
    return memberships
        .find(organisationId)
        .flatMap(m -> plans.find(m.planId()).filter(p -> m.entitledAt(p, clock.instant())));
  }

  /** How many people (members and open invitations) the organisation may have. */
  @Override
  public int seatLimit(long organisationId) {
    return entitledPlan(organisationId).map(Plan::seats).orElse(properties.seatsWithoutPlan());
  }

  /**
   * Records and announces a change: {@link MembershipChanged} for every change of the provider's
   * state (plan, status, period, cancellation), and the entitlement's beginning or end.
   *
   * @param providerState whether the provider's state changed (not only the entitlement, with time)
   */
  private void announce(
      Membership before,
      Membership after,
      Plan plan,
      Instant now,
      String cause,
      boolean providerState) {
    long mrr = after.entitled() && plan != null ? plan.mrrCents(after.interval()) : 0;
    memberships.recordChange(
        after.organisationId(),
        now,
        after.planId(),
        after.rawStatus(),
        after.entitled(),
        mrr,
        cause);
    if (providerState) {
      events.publish(
          new MembershipChanged(after.organisationId(), after.planId(), after.rawStatus(), now));
    }
    boolean wasEntitled = before != null && before.entitled();
    if (after.entitled() && !wasEntitled) {
      events.publish(new MembershipActivated(after.organisationId(), after.planId(), now));
    } else if (!after.entitled() && wasEntitled) {
      events.publish(new MembershipLapsed(after.organisationId(), after.planId(), now));
    }
    audit.record(
        "membership." + after.status().stripeName(),
        "organisation:" + after.organisationId(),
        after.planId()
            + "/"
            + after.interval().stripeName()
            + (after.entitled() ? ", entitled" : ", not entitled")
            + " ("
            + cause
            + ")");
  }

  private static boolean sameState(Membership a, Membership b) {
    return a.planId().equals(b.planId())
        && a.interval() == b.interval()
        && a.provider().equals(b.provider())
        && a.rawStatus().equals(b.rawStatus())
        && Objects.equals(a.stripeSubscriptionId(), b.stripeSubscriptionId())
        && Objects.equals(a.currentPeriodStart(), b.currentPeriodStart())
        && Objects.equals(a.currentPeriodEnd(), b.currentPeriodEnd())
        && a.cancelAtPeriodEnd() == b.cancelAtPeriodEnd()
        && a.entitled() == b.entitled();
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
