package eu.remhub.portal.billing.internal;

import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.Invoice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code invoice} table: reads the invoices of both providers, writes manual ones. Stripe's are
 * written by the Stripe adapter as they arrive by webhook.
 */
@Repository
public class JdbcInvoices {

  private static final String COLUMNS =
      "id, organisation_id, provider, number, stripe_invoice_id, plan_id, billing_interval, "
          + "period_start, period_end, currency, net_cents, vat_rate_bp, vat_cents, total_cents, status, reverse_charge, "
          + "buyer_name, buyer_address, buyer_country, buyer_vat_id, issued_at, due_at, paid_at, paid_reference, attempt_count, "
          + "hosted_url, pdf_url";

  private final JdbcClient jdbc;

  public JdbcInvoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Invoice> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM invoice WHERE id = ?")
        .param(id)
        .query(JdbcInvoices::map)
        .optional();
  }

  /** Reads and locks the invoice until the transaction ends. */
  public Optional<Invoice> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM invoice WHERE id = ? FOR UPDATE")
        .param(id)
        .query(JdbcInvoices::map)
        .optional();
  }

  /** An organisation's invoices of both providers, newest first. */
  public List<Invoice> ofOrganisation(long organisationId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM invoice WHERE organisation_id = ? ORDER BY issued_at DESC, id DESC")
        .param(organisationId)
        .query(JdbcInvoices::map)
        .list();
  }

  /** Open manual invoices of all organisations, the earliest due first. */
  public List<Invoice> openManual() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM invoice WHERE provider = 'manual' AND status = 'open' ORDER BY due_at, id")
        .query(JdbcInvoices::map)
        .list();
  }

  /** Open manual invoices of one organisation, oldest first. */
  public List<Invoice> openManual(long organisationId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM invoice WHERE provider = 'manual' AND status = 'open' AND organisation_id = ? "
                + "ORDER BY issued_at, id")
        .param(organisationId)
        .query(JdbcInvoices::map)
        .list();
  }

  /**
   * Manual invoices of one organisation for the period beginning at {@code periodStart}, any
   * status.
   */
  public List<Invoice> manualForPeriod(long organisationId, Instant periodStart) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM invoice WHERE provider = 'manual' AND organisation_id = ? AND period_start = ? "
                + "ORDER BY id")
        .params(organisationId, ts(periodStart))
        .query(JdbcInvoices::map)
        .list();
  }

  /** The manual invoice with this number. */
  public Optional<Invoice> findManual(String number) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM invoice WHERE provider = 'manual' AND number = ?")
        .param(number)
        .query(JdbcInvoices::map)
        .optional();
  }

  /**
   * Stores a newly issued manual invoice; {@code id} of the argument is ignored. Returns it with
   * its id.
   */
  public Invoice insertManual(Invoice i, Instant now) {
    jdbc.sql(
            "INSERT INTO invoice (organisation_id, provider, number, plan_id, billing_interval, period_start, period_end, "
                + "currency, net_cents, vat_rate_bp, vat_cents, total_cents, status, reverse_charge, buyer_name, buyer_address, "
                + "buyer_country, buyer_vat_id, issued_at, due_at, attempt_count, state_at) "
                + "VALUES (?, 'manual', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .params(
            i.organisationId(),
            i.number(),
            i.planId(),
            i.interval().name(),
            ts(i.periodStart()),
            ts(i.periodEnd()),
            i.currency(),
            i.netCents(),
            i.vatRateBasisPoints(),
            i.vatCents(),
            i.totalCents(),
            Invoice.OPEN,
            i.reverseCharge(),
            i.buyerName(),
            i.buyerAddress(),
            i.buyerCountry(),
            i.buyerVatId(),
            ts(i.issuedAt()),
            ts(i.dueAt()),
            ts(now))
        .update();
    return findManual(i.number()).orElseThrow();
  }

  /** Records the payment of an open manual invoice and the period it pays for. */
  public void markPaid(
      long id,
      Instant paidAt,
      String reference,
      Instant periodStart,
      Instant periodEnd,
      Instant now) {
    jdbc.sql(
            "UPDATE invoice SET status = 'paid', paid_at = ?, paid_reference = ?, period_start = ?, period_end = ?, "
                + "state_at = ? WHERE id = ? AND provider = 'manual' AND status = 'open'")
        .params(ts(paidAt), reference, ts(periodStart), ts(periodEnd), ts(now), id)
        .update();
  }

  /** Cancels an open manual invoice; its number stays used. */
  public void markVoid(long id, Instant now) {
    jdbc.sql(
            "UPDATE invoice SET status = 'void', state_at = ? WHERE id = ? AND provider = 'manual' AND status = 'open'")
        .params(ts(now), id)
        .update();
  }

  private static Invoice map(ResultSet rs, int row) throws SQLException {
    return new Invoice(
        rs.getLong("id"),
        rs.getLong("organisation_id"),
        rs.getString("provider"),
        rs.getString("number"),
        rs.getString("stripe_invoice_id"),
        rs.getString("plan_id"),
        BillingInterval.of(rs.getString("billing_interval")),
        instant(rs, "period_start"),
        instant(rs, "period_end"),
        rs.getString("currency"),
        rs.getLong("net_cents"),
        rs.getInt("vat_rate_bp"),
        rs.getLong("vat_cents"),
        rs.getLong("total_cents"),
        rs.getString("status"),
        rs.getBoolean("reverse_charge"),
        rs.getString("buyer_name"),
        rs.getString("buyer_address"),
        rs.getString("buyer_country"),
        rs.getString("buyer_vat_id"),
        instant(rs, "issued_at"),
        instant(rs, "due_at"),
        instant(rs, "paid_at"),
        rs.getString("paid_reference"),
        rs.getInt("attempt_count"),
        rs.getString("hosted_url"),
        rs.getString("pdf_url"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
