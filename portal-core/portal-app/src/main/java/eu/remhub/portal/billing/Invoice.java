package eu.remhub.portal.billing;

import java.time.Instant;
import java.util.Optional;

/**
 * An invoice of either provider: a manual one with its gap-free number, or Stripe's, mirrored from
 * webhooks with Stripe's number and links.
 *
 * @param status manual: {@code open}, {@code paid}, {@code void}; Stripe: its invoice status word
 * @param vatRateBasisPoints VAT rate in hundredths of a percent (2100 = 21 %)
 * @param buyerAddress the buyer's postal address, lines separated by newlines
 * @param hostedUrl Stripe's hosted invoice page, if any
 * @param pdfUrl Stripe's PDF, if any (manual invoices are rendered on request)
 */
public record Invoice(
    long id,
    long organisationId,
    String provider,
    String number,
    String stripeInvoiceId,
    String planId,
    BillingInterval interval,
    Instant periodStart,
    Instant periodEnd,
    String currency,
    long netCents,
    int vatRateBasisPoints,
    long vatCents,
    long totalCents,
    String status,
    boolean reverseCharge,
    String buyerName,
    String buyerAddress,
    String buyerCountry,
    String buyerVatId,
    Instant issuedAt,
    Instant dueAt,
    Instant paidAt,
    String paidReference,
    int attemptCount,
    String hostedUrl,
    String pdfUrl) {

  public static final String OPEN = "open";
  public static final String PAID = "paid";
  public static final String VOID = "void";

  public boolean paid() {
    return PAID.equals(status);
  }

  /** Whether it is unpaid past its due date. */
  public boolean overdue(Instant now) {
    return OPEN.equals(status) && dueAt != null && now.isAfter(dueAt);
  }

  public Optional<String> hosted() {
    return Optional.ofNullable(hostedUrl);
  }
}
