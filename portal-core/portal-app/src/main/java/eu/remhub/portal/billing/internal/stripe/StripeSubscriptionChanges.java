package eu.remhub.portal.billing.internal.stripe;

import static eu.remhub.portal.billing.internal.stripe.IdempotencyKeys.options;
import static eu.remhub.portal.billing.internal.stripe.StripeCallFailed.call;

import com.stripe.StripeClient;
import com.stripe.model.Subscription;
import com.stripe.param.SubscriptionUpdateParams;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.Plan;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Changes to a running subscription, made at Stripe and applied to the membership at once rather
 * than when the webhook arrives: another plan or interval with proration, and cancelling at the
 * period's end or withdrawing that.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeSubscriptionChanges {

  private final StripeClient stripe;
  private final StripeSubscriptions subscriptions;
  private final MembershipService memberships;

  StripeSubscriptionChanges(
      StripeClient stripe, StripeSubscriptions subscriptions, MembershipService memberships) {
    this.stripe = stripe;
    this.subscriptions = subscriptions;
    this.memberships = memberships;
  }

  void changePlan(long organisationId, Plan plan, BillingInterval interval) {
    Membership current = subscribed(organisationId);
    String price =
        plan.stripePrice(interval)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "plan "
                            + plan.id()
                            + " has no Stripe price for "
                            + interval.stripeName()
                            + "ly billing"));
    Subscription subscription = subscriptions.fetch(current.stripeSubscriptionId());
    String itemId = subscription.getItems().getData().getFirst().getId();
    var params =
        SubscriptionUpdateParams.builder()
            .addItem(SubscriptionUpdateParams.Item.builder().setId(itemId).setPrice(price).build())
            .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
            .putMetadata(StripeSubscriptions.PLAN, plan.id())
            .build();
    String key =
        "change-plan:"
            + subscription.getId()
            + ":"
            + price
            + ":"
            + current.stateAt().toEpochMilli();
    Instant fetchedAt = subscriptions.fetchStamp();
    Subscription updated =
        call(
            "changing the plan",
            () -> stripe.v1().subscriptions().update(subscription.getId(), params, options(key)));
    apply(
        organisationId,
        updated,
        fetchedAt,
        "plan changed to " + plan.id() + "/" + interval.stripeName());
  }

  void cancelAtPeriodEnd(long organisationId, boolean cancel) {
    Membership current = subscribed(organisationId);
    var params = SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(cancel).build();
    String key =
        "cancel:"
            + current.stripeSubscriptionId()
            + ":"
            + cancel
            + ":"
            + current.stateAt().toEpochMilli();
    Instant fetchedAt = subscriptions.fetchStamp();
    Subscription updated =
        call(
            "changing the cancellation",
            () ->
                stripe
                    .v1()
                    .subscriptions()
                    .update(current.stripeSubscriptionId(), params, options(key)));
    apply(
        organisationId,
        updated,
        fetchedAt,
        cancel ? "cancel at period end" : "cancellation withdrawn");
  }

  private void apply(
      long organisationId, Subscription subscription, Instant fetchedAt, String cause) {
    memberships.apply(
        subscriptions.toUpdate(
            organisationId, subscription, fetchedAt, cause, new StringBuilder()));
  }

  private Membership subscribed(long organisationId) {
    return memberships
        .find(organisationId)
        .filter(m -> m.stripeSubscriptionId() != null)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "organisation " + organisationId + " has no Stripe subscription"));
  }
}
