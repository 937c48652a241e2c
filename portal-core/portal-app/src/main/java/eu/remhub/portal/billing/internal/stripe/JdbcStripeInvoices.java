package eu.remhub.portal.billing.internal.stripe;

import static eu.remhub.portal.billing.internal.stripe.JdbcStripeEvents.clip;
import static eu.remhub.portal.billing.internal.stripe.JdbcStripeEvents.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stripe's invoices mirrored into the {@code invoice} table (provider {@code stripe}), one row per
 * Stripe invoice id; a snapshot older than the stored one changes nothing.
 */
@Repository
class JdbcStripeInvoices {

  /** One Stripe invoice as it is stored. */
  record StripeInvoice(
      long organisationId,
      String stripeInvoiceId,
      String number,
      String planId,
      String interval,
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
      int attemptCount,
      String hostedUrl,
      String pdfUrl,
      Instant stateAt) {}

  private record Stored(Instant stateAt, String status) {}

  private final JdbcClient jdbc;

  JdbcStripeInvoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the snapshot unless a newer one is stored; true when the row changed. Of two snapshots
   * of the same second (Stripe's event times are whole seconds), the one further along an invoice's
   * life wins: a paid invoice does not become open again because invoice.finalized arrived last.
   */
  boolean upsert(StripeInvoice i) {
    Optional<Stored> stored =
        jdbc.sql("SELECT state_at, status FROM invoice WHERE stripe_invoice_id = ? FOR UPDATE")
            .param(i.stripeInvoiceId())
            .query((rs, n) -> new Stored(rs.getTimestamp(1).toInstant(), rs.getString(2)))
            .optional();
    if (stored.isPresent()
        && (i.stateAt().isBefore(stored.get().stateAt())
            || i.stateAt().equals(stored.get().stateAt())
                && rank(i.status()) < rank(stored.get().status()))) {
      return false;
    }
    List<Object> values = new ArrayList<>(columnValues(i));
    values.add(i.stripeInvoiceId());
    if (stored.isEmpty()) {
      jdbc.sql(
              "INSERT INTO invoice (organisation_id, provider, "
                  + COLUMNS
                  + ", stripe_invoice_id) VALUES (?, 'stripe', "
                  + "?, ".repeat(COLUMN_COUNT)
                  + "?)")
          .params(values)
          .update();
      return true;
    }
    jdbc.sql(
            "UPDATE invoice SET organisation_id = ?, "
                + COLUMNS.replace(",", " = ?,")
                + " = ? WHERE stripe_invoice_id = ?")
        .params(values)
        .update();
    return true;
  }

  /**
   * How far along its life an invoice is: draft, then open, then uncollectible (which may still be
   * paid), then paid or void, which are final.
   */
  static int rank(String status) {
    return switch (status == null ? "" : status) {
      case "draft" -> 0;
      case "open" -> 1;
      case "uncollectible" -> 2;
      case "paid", "void" -> 3;
      default -> 0;
    };
  }

  /** The columns after {@code organisation_id} that insert and update both write, in order. */
  private static final String COLUMNS =
      "number, plan_id, billing_interval, period_start, period_end, currency, net_cents, vat_rate_bp, "
          + "vat_cents, total_cents, status, reverse_charge, buyer_name, buyer_address, buyer_country, "
          + "buyer_vat_id, issued_at, due_at, paid_at, attempt_count, hosted_url, pdf_url, state_at";

  private static final int COLUMN_COUNT = COLUMNS.split(",").length;

  /** The values of {@code organisation_id} and {@link #COLUMNS}, in that order. */
  private static List<Object> columnValues(StripeInvoice i) {
    return Arrays.asList(
        i.organisationId(),
        i.number(),
        i.planId(),
        i.interval(),
        ts(i.periodStart()),
        ts(i.periodEnd()),
        i.currency(),
        i.netCents(),
        i.vatRateBasisPoints(),
        i.vatCents(),
        i.totalCents(),
        i.status(),
        i.reverseCharge(),
        clip(i.buyerName(), 200),
        i.buyerAddress(),
        i.buyerCountry(),
        clip(i.buyerVatId(), 20),
        ts(i.issuedAt()),
        ts(i.dueAt()),
        ts(i.paidAt()),
        i.attemptCount(),
        clip(i.hostedUrl(), 1000),
        clip(i.pdfUrl(), 1000),
        ts(i.stateAt()));
  }
}
