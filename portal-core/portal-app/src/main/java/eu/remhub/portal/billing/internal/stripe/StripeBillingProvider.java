package eu.remhub.portal.billing.internal.stripe;

import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.BillingProvider;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.SubscribeResult;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stripe as the provider: Checkout in subscription mode to start, subscription updates with
 * proration to change plan, the Customer Portal for everything else ({@link StripeCheckout}, {@link
 * StripeSubscriptionChanges}). Webhooks do the rest.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeBillingProvider implements BillingProvider {

  private final StripeCheckout checkout;
  private final StripeSubscriptionChanges changes;
  private final StripeReconciliation reconciliation;

  StripeBillingProvider(
      StripeCheckout checkout,
      StripeSubscriptionChanges changes,
      StripeReconciliation reconciliation) {
    this.checkout = checkout;
    this.changes = changes;
    this.reconciliation = reconciliation;
  }

  @Override
  public String id() {
    return BillingProperties.STRIPE;
  }

  @Override
  public SubscribeResult subscribe(
      long organisationId, Plan plan, BillingInterval interval, BillingDetails details) {
    return checkout.subscribe(organisationId, plan, interval, details);
  }

  @Override
  public void changePlan(long organisationId, Plan plan, BillingInterval interval) {
    changes.changePlan(organisationId, plan, interval);
  }

  @Override
  public void cancelAtPeriodEnd(long organisationId, boolean cancel) {
    changes.cancelAtPeriodEnd(organisationId, cancel);
  }

  @Override
  public Optional<String> customerPortalUrl(long organisationId, String returnUrl) {
    return checkout.customerPortalUrl(organisationId, returnUrl);
  }

  @Override
  public void checkoutReturned(long organisationId, String checkoutSessionId) {
    checkout.checkoutReturned(organisationId, checkoutSessionId);
  }

  @Override
  public void resync(long organisationId) {
    reconciliation.repair(organisationId);
  }
}
