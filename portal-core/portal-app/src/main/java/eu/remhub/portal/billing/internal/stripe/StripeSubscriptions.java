package eu.remhub.portal.billing.internal.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.param.SubscriptionListParams;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipUpdate;
import eu.remhub.portal.billing.Plans;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stripe subscriptions as memberships: which organisation one belongs to, and the snapshot it
 * stands for. Fetches from Stripe when the stored state is in doubt.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeSubscriptions {

  static final String ORGANISATION = "organisation_id";
  static final String PLAN = "plan_id";

  private final StripeClient stripe;
  private final Plans plans;
  private final MembershipService memberships;
  private final JdbcBillingAccounts accounts;
  private final Clock clock;

  StripeSubscriptions(
      StripeClient stripe,
      Plans plans,
      MembershipService memberships,
      JdbcBillingAccounts accounts,
      Clock clock) {
    this.stripe = stripe;
    this.plans = plans;
    this.memberships = memberships;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The subscription as Stripe has it now. */
  Subscription fetch(String subscriptionId) {
    try {
      return stripe.v1().subscriptions().retrieve(subscriptionId);
    } catch (StripeException e) {
      throw new StripeCallFailed("reading subscription " + subscriptionId, e);
    }
  }

  /** The customer's newest subscription of any status, if it has one. */
  Optional<Subscription> newestOf(String customerId) {
    try {
      var params =
          SubscriptionListParams.builder()
              .setCustomer(customerId)
              .setStatus(SubscriptionListParams.Status.ALL)
              .setLimit(20L)
              .build();
      return stripe.v1().subscriptions().list(params).getData().stream()
          .max(Comparator.comparing(s -> s.getCreated() == null ? 0L : s.getCreated()));
    } catch (StripeException e) {
      throw new StripeCallFailed("listing the subscriptions of " + customerId, e);
    }
  }

  /**
   * The organisation a subscription belongs to: its metadata (set at Checkout), else the membership
   * that stores it, else the organisation whose customer it is.
   */
  Optional<Long> organisationOf(Subscription subscription) {
    Optional<Long> fromMetadata = organisationIn(subscription.getMetadata());
    if (fromMetadata.isPresent()) {
      return fromMetadata;
    }
    Optional<Long> stored =
        memberships.findBySubscription(subscription.getId()).map(Membership::organisationId);
    if (stored.isPresent() || subscription.getCustomer() == null) {
      return stored;
    }
    return accounts.organisationOfCustomer(subscription.getCustomer());
  }

  static Optional<Long> organisationIn(Map<String, String> metadata) {
    if (metadata == null) {
      return Optional.empty();
    }
    return parse(metadata.get(ORGANISATION));
  }

  static Optional<Long> parse(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(id.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * The snapshot time of state about to be fetched from Stripe, taken before the call: now, in
   * whole seconds like Stripe's event times. Whatever changed at Stripe while the call ran carries
   * a later (or the same) time, so a webhook stored meanwhile is not overwritten by the older
   * fetched state: {@link MembershipService#apply} finds that newer state and calls the fetched one
   * stale. An event of the same second counts as "in doubt" and is checked against Stripe again
   * rather than dropped.
   */
  Instant fetchStamp() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * The membership a subscription stands for. The plan comes from the first item's price; a price
   * that no plan has keeps the stored plan, and {@code notes} says so.
   */
  MembershipUpdate toUpdate(
      long organisationId,
      Subscription subscription,
      Instant stateAt,
      String cause,
      StringBuilder notes) {
    SubscriptionItem item =
        subscription.getItems() == null
                || subscription.getItems().getData() == null
                || subscription.getItems().getData().isEmpty()
            ? null
            : subscription.getItems().getData().getFirst();
    Price price = item == null ? null : item.getPrice();
    Optional<Membership> stored = memberships.find(organisationId);
    String planId;
    BillingInterval interval;
    Optional<Plans.PlanPrice> known =
        price == null ? Optional.empty() : plans.byStripePrice(price.getId());
    if (known.isPresent()) {
      planId = known.get().plan().id();
      interval = known.get().interval();
    } else {
      notes
          .append("price ")
          .append(price == null ? "(none)" : price.getId())
          .append(" is no configured plan's; ");
      planId =
          stored
              .map(Membership::planId)
              .or(() -> Optional.ofNullable(subscription.getMetadata()).map(m -> m.get(PLAN)))
              .orElse("unknown");
      interval = stored.map(Membership::interval).orElse(intervalOf(price));
    }
    String status =
        "customer.subscription.deleted".equals(cause) ? "canceled" : subscription.getStatus();
    return new MembershipUpdate(
        organisationId,
        planId,
        interval,
        BillingProperties.STRIPE,
        status == null ? "unknown" : status,
        subscription.getId(),
        item == null ? null : seconds(item.getCurrentPeriodStart()),
        item == null ? null : seconds(item.getCurrentPeriodEnd()),
        Boolean.TRUE.equals(subscription.getCancelAtPeriodEnd()),
        stateAt,
        cause);
  }

  private static BillingInterval intervalOf(Price price) {
    if (price != null
        && price.getRecurring() != null
        && "year".equals(price.getRecurring().getInterval())) {
      return BillingInterval.YEAR;
    }
    return BillingInterval.MONTH;
  }

  static Instant seconds(Long epochSeconds) {
    return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
  }
}
