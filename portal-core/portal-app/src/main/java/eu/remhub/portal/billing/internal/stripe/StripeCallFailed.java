package eu.remhub.portal.billing.internal.stripe;

import com.stripe.exception.StripeException;

/** A call to Stripe's API failed; what was being done and Stripe's own message. */
class StripeCallFailed extends RuntimeException {

  StripeCallFailed(String doing, StripeException cause) {
    super("Stripe: " + doing + " failed: " + cause.getMessage(), cause);
  }
}
