package eu.remhub.portal.billing.internal.stripe;

import com.stripe.model.Subscription;
import eu.remhub.portal.admin.AuditService;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipUpdate;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * portal.billing.reconcile-every}, and repairs what differs (a lost webhook, an outage, a hand-edited
 * row), with an audit entry saying what was wrong. Staff's "resync" runs the same for one
 * organisation.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
public class StripeReconciliation implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(StripeReconciliation.class);

  private final StripeSubscriptions subscriptions;
  private final MembershipService memberships;
  private final JdbcBillingAccounts accounts;
  private final BillingProperties properties;
  private final AuditService audit;
  private final TransactionTemplate tx;

  StripeReconciliation(StripeSubscriptions subscriptions, MembershipService memberships, JdbcBillingAccounts accounts,
      BillingProperties properties, AuditService audit, PlatformTransactionManager transactions) {
    this.subscriptions = subscriptions;
    this.memberships = memberships;
    this.accounts = accounts;
    this.properties = properties;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(new FixedDelayTask(this::reconcileAll, properties.reconcileEvery(),
        properties.reconcileEvery()));
  }

  /** Repairs every Stripe membership that differs from Stripe; returns how many were repaired. */
  public int reconcileAll() {
    int repaired = 0;
    for (Membership m : memberships.all()) {
      if (!BillingProperties.STRIPE.equals(m.provider()) || m.stripeSubscriptionId() == null) {
        continue;
      }
      try {
        if (repair(m.organisationId())) {
          repaired++;
        }
      } catch (RuntimeException e) {
        log.warn("Reconciling organisation {} with Stripe failed: {}", m.organisationId(), e.getMessage());
      }
    }
    if (repaired > 0) {
      log.info("Reconciliation with Stripe repaired {} membership(s)", repaired);
    }
    return repaired;
  }

  /** Fetches the organisation's subscription and repairs the mirror if it differs; true when it did. */
  boolean repair(long organisationId) {
    Optional<Membership> stored = memberships.find(organisationId);
    Optional<Subscription> subscription;
    if (stored.isPresent() && stored.get().stripeSubscriptionId() != null) {
      subscription = Optional.of(subscriptions.fetch(stored.get().stripeSubscriptionId()));
    } else {
      subscription = accounts.find(organisationId).map(JdbcBillingAccounts.BillingAccount::stripeCustomerId)
          .flatMap(subscriptions::newestOf);
    }
    if (subscription.isEmpty()) {
      return false;
    }
    MembershipUpdate update = subscriptions.toUpdate(organisationId, subscription.get(), subscriptions.fetchedAt(organisationId),
        "reconciliation", new StringBuilder());
    List<String> drift = stored.map(m -> differences(m, update)).orElse(List.of("no membership stored"));
    if (drift.isEmpty()) {
      return false;
    }
    tx.executeWithoutResult(status -> {
      memberships.apply(update);
      audit.record("billing.drift-repaired", "organisation:" + organisationId, String.join("; ", drift));
    });
    return true;
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
