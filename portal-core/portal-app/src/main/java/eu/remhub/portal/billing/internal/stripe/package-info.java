/**
 * Stripe as the billing provider: Checkout and the Customer Portal through stripe-java's {@code
 * StripeClient}, the signed webhook at {@code POST /webhooks/stripe} with its event log, the retry
 * of failed events and the reconciliation that repairs drift. Every membership change still goes
 * through {@link eu.remhub.portal.billing.MembershipService#apply}; Stripe types stay in this
 * package.
 */
package eu.remhub.portal.billing.internal.stripe;
