package eu.remhub.portal.billing;

import java.util.Optional;

/**
 * What a payment provider does for memberships. Two implementations: Stripe (Checkout, Customer
 * Portal, webhooks) and manual invoicing (bank transfer, staff mark paid), chosen by {@code
 * portal.billing.provider}. Callers ({@link BillingService}) have already checked that the person
 * administers the organisation.
 */
public interface BillingProvider {

  /** {@code stripe} or {@code manual}. */
  String id();

  /**
   * Starts a membership: a Checkout session to send the admin to (Stripe), or an issued invoice
   * with bank-transfer details (manual).
   */
  SubscribeResult subscribe(
      long organisationId, Plan plan, BillingInterval interval, BillingDetails details);

  /**
   * Moves an existing membership to another plan or interval: with proration at Stripe, from the
   * next period for manual invoices.
   */
  void changePlan(long organisationId, Plan plan, BillingInterval interval);

  /**
   * A plan change that waits for the next period (manual invoicing changes at renewal; Stripe
   * changes at once with prorations, so has none).
   */
  default Optional<Plans.PlanPrice> pendingChange(long organisationId) {
    return Optional.empty();
  }

  /** Ends the membership when the paid period ends (or takes that back, with {@code false}). */
  void cancelAtPeriodEnd(long organisationId, boolean cancel);

  /**
   * A Stripe Customer Portal session's address for the organisation's own customer; manual: empty.
   */
  Optional<String> customerPortalUrl(long organisationId, String returnUrl);

  /**
   * The admin came back from Checkout: reads the session from the provider, checks that it belongs
   * to this organisation, and applies the subscription it created (webhooks may not have arrived
   * yet). Manual: nothing to do.
   *
   * @throws org.springframework.security.access.AccessDeniedException when the session is another
   *     organisation's
   */
  void checkoutReturned(long organisationId, String checkoutSessionId);

  /** Fetches the provider's current state for the organisation and applies it (staff "resync"). */
  void resync(long organisationId);
}
