package eu.remhub.portal.billing;

/** What starting a membership led to. */
public sealed interface SubscribeResult {

  /** Send the browser to this address (Stripe Checkout). */
  record Redirect(String url) implements SubscribeResult {}

  /** A manual invoice was issued; the membership starts when staff mark it paid. */
  record InvoiceIssued(Invoice invoice) implements SubscribeResult {}
}
