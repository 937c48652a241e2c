package eu.remhub.portal.billing;

/**
 * Billing address and VAT id as the admin gives them for manual invoices. Stripe Checkout collects
 * its own (billing address and tax id), so there these may be empty.
 *
 * @param address street lines, separated by newlines
 * @param country ISO 3166-1 alpha-2
 * @param vatId EU VAT identification number with country prefix, or empty
 */
public record BillingDetails(
    String billingEmail,
    String address,
    String postalCode,
    String city,
    String country,
    String vatId) {

  public static BillingDetails none() {
    return new BillingDetails("", "", "", "", "", "");
  }
}
