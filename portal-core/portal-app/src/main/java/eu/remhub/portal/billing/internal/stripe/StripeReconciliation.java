package eu.remhub.portal.billing.internal.stripe;

import com.stripe.model.Subscription;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipUpdate;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares every Stripe membership with its subscription at Stripe, every {@code
 * portal.billing.reconcile-every}, and repairs what differs (a lost webhook, an outage, a
 * hand-edited row), with an audit entry saying what was wrong. Staff's "resync" runs the same for
 * one organisation.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
public class StripeReconciliation implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(StripeReconciliation.class);

  private final StripeSubscriptions subscriptions;
  private final MembershipService memberships;
  private final JdbcBillingAccounts accounts;
  private final JdbcStripeEvents events;
  private final BillingProperties properties;
  private final AuditService audit;
  private final TransactionTemplate tx;

  StripeReconciliation(
      StripeSubscriptions subscriptions,
      MembershipService memberships,
      JdbcBillingAccounts accounts,
      JdbcStripeEvents events,
      BillingProperties properties,
      AuditService audit,
      PlatformTransactionManager transactions) {
    this.subscriptions = subscriptions;
    this.memberships = memberships;
    this.accounts = accounts;
    this.events = events;
    this.properties = properties;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(
        new FixedDelayTask(
            this::reconcileAll, properties.reconcileEvery(), properties.reconcileEvery()));
  }

  /**
   * Repairs every Stripe membership that differs from Stripe, and finds the subscriptions of
   * customers whose organisation has none stored (every webhook of it lost); returns how many were
   * repaired.
   */
  public int reconcileAll() {
    int repaired = 0;
    Set<Long> checked = new HashSet<>();
    for (Membership m : memberships.all()) {
      if (!BillingProperties.STRIPE.equals(m.provider()) || m.stripeSubscriptionId() == null) {
        continue;
      }
      checked.add(m.organisationId());
      repaired += tryRepair(m.organisationId());
    }
    for (long organisationId : accounts.organisationsWithStripeCustomer()) {
      if (checked.add(organisationId)) {
        repaired += tryRepair(organisationId);
      }
    }
    if (repaired > 0) {
      log.info("Reconciliation with Stripe repaired {} membership(s)", repaired);
    }
    return repaired;
  }

  private int tryRepair(long organisationId) {
    try {
      return repair(organisationId) ? 1 : 0;
    } catch (RuntimeException e) {
      log.warn(
          "Reconciling organisation {} with Stripe failed: {}", organisationId, e.getMessage());
      return 0;
    }
  }

  /**
   * Fetches the organisation's subscription and repairs the mirror if it differs; true when it did.
   * While the stored subscription runs, that one; when none is stored or it has ended, the newest
   * of the organisation's customer (a new subscription whose webhooks were lost), else the stored
   * one.
   */
  boolean repair(long organisationId) {
    Optional<Membership> stored = memberships.find(organisationId);
    Optional<String> storedSubscription = stored.map(Membership::stripeSubscriptionId);
    Instant fetchedAt = subscriptions.fetchStamp();
    Optional<Subscription> subscription = Optional.empty();
    if (storedSubscription.isEmpty() || stored.get().status().isFinal()) {
      subscription =
          accounts
              .find(organisationId)
              .map(JdbcBillingAccounts.BillingAccount::stripeCustomerId)
              .filter(c -> !c.isBlank())
              .flatMap(subscriptions::newestOf);
    }
    if (subscription.isEmpty() && storedSubscription.isPresent()) {
      subscription = Optional.of(subscriptions.fetch(storedSubscription.get()));
    }
    if (subscription.isEmpty()) {
      return false;
    }
    MembershipUpdate update =
        subscriptions.toUpdate(
            organisationId, subscription.get(), fetchedAt, "reconciliation", new StringBuilder());
    List<String> drift =
        stored.map(m -> differences(m, update)).orElse(List.of("no membership stored"));
    if (drift.isEmpty()) {
      return false;
    }
    // A webhook stored after the fetch began is newer than the fetched state: then nothing is
    // repaired.
    return Boolean.TRUE.equals(
        tx.execute(
            status -> {
              events.lockOrganisation(organisationId);
              if (memberships.apply(update) != MembershipService.Outcome.APPLIED) {
                return false;
              }
              audit.record(
                  "billing.drift-repaired",
                  "organisation:" + organisationId,
                  String.join("; ", drift));
              return true;
            }));
  }

  private static List<String> differences(Membership m, MembershipUpdate u) {
    List<String> drift = new ArrayList<>();
    differs(drift, "status", m.rawStatus(), u.rawStatus());
    differs(drift, "plan", m.planId(), u.planId());
    differs(drift, "interval", m.interval(), u.interval());
    differs(drift, "subscription", m.stripeSubscriptionId(), u.stripeSubscriptionId());
    differs(drift, "period start", m.currentPeriodStart(), u.currentPeriodStart());
    differs(drift, "period end", m.currentPeriodEnd(), u.currentPeriodEnd());
    differs(drift, "cancel at period end", m.cancelAtPeriodEnd(), u.cancelAtPeriodEnd());
    return drift;
  }

  private static void differs(List<String> drift, String what, Object stored, Object stripe) {
    if (!Objects.equals(stored, stripe)) {
      drift.add(what + " " + stored + " → " + stripe);
    }
  }
}
