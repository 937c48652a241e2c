package eu.remhub.portal.billing.internal.stripe;

import com.stripe.exception.StripeException;

/** A call to Stripe's API failed; what was being done and Stripe's own message. */
class StripeCallFailed extends RuntimeException {

  StripeCallFailed(String doing, StripeException cause) {
    super("Stripe: " + doing + " failed: " + cause.getMessage(), cause);
  }

  /** Whether Stripe answered that the object does not exist, so asking again cannot help. */
  boolean objectMissing() {
    return getCause() instanceof StripeException e
        && e.getStatusCode() != null
        && e.getStatusCode() == 404;
  }

  /** A call to Stripe's API. */
  interface StripeCall<T> {
    T call() throws StripeException;
  }

  /** Makes the call; its checked failure becomes this exception, saying what was being done. */
  static <T> T call(String doing, StripeCall<T> call) {
    try {
      return call.call();
    } catch (StripeException e) {
      throw new StripeCallFailed(doing, e);
    }
  }
}
