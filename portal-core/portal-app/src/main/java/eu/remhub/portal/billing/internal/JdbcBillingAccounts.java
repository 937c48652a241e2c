package eu.remhub.portal.billing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code billing_account} table: invoice address, VAT id and Stripe customer per organisation.
 */
@Repository
public class JdbcBillingAccounts {

  /**
   * An organisation's billing account.
   *
   * @param address street lines separated by newlines
   */
  public record BillingAccount(
      long organisationId,
      String billingEmail,
      String address,
      String postalCode,
      String city,
      String country,
      String vatId,
      String stripeCustomerId) {}

  private final JdbcClient jdbc;

  public JdbcBillingAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<BillingAccount> find(long organisationId) {
    return jdbc.sql(
            "SELECT organisation_id, billing_email, address_line1, address_line2, postal_code, city, country, vat_id, "
                + "stripe_customer_id FROM billing_account WHERE organisation_id = ?")
        .param(organisationId)
        .query(
            (rs, n) ->
                new BillingAccount(
                    rs.getLong(1),
                    rs.getString(2),
                    join(rs.getString(3), rs.getString(4)),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9)))
        .optional();
  }

  /** The organisation a Stripe customer belongs to. */
  public Optional<Long> organisationOfCustomer(String customerId) {
    return jdbc.sql("SELECT organisation_id FROM billing_account WHERE stripe_customer_id = ?")
        .param(customerId)
        .query(Long.class)
        .optional();
  }

  /** The organisations linked to a Stripe customer. */
  public List<Long> organisationsWithStripeCustomer() {
    return jdbc.sql(
            "SELECT organisation_id FROM billing_account WHERE stripe_customer_id IS NOT NULL "
                + "AND stripe_customer_id <> '' ORDER BY organisation_id")
        .query(Long.class)
        .list();
  }

  /** Stores address and VAT id (keeps the Stripe customer). */
  public void saveDetails(
      long organisationId,
      String billingEmail,
      String address,
      String postalCode,
      String city,
      String country,
      String vatId,
      Instant now) {
    String[] lines = (address == null ? "" : address.strip()).split("\\R", 2);
    String line1 = lines[0].strip();
    String line2 = lines.length > 1 ? lines[1].strip().replaceAll("\\R", ", ") : "";
    ensure(organisationId, now);
    jdbc.sql(
            "UPDATE billing_account SET billing_email = ?, address_line1 = ?, address_line2 = ?, postal_code = ?, city = ?, "
                + "country = ?, vat_id = ?, updated_at = ? WHERE organisation_id = ?")
        .params(
            nz(billingEmail),
            line1,
            line2,
            nz(postalCode),
            nz(city),
            nz(country),
            nz(vatId),
            Timestamp.from(now),
            organisationId)
        .update();
  }

  /**
   * Links the organisation to its Stripe customer (unique: one customer belongs to one
   * organisation).
   */
  public void saveCustomer(long organisationId, String customerId, Instant now) {
    ensure(organisationId, now);
    jdbc.sql(
            "UPDATE billing_account SET stripe_customer_id = ?, updated_at = ? WHERE organisation_id = ?")
        .params(customerId, Timestamp.from(now), organisationId)
        .update();
  }

  private void ensure(long organisationId, Instant now) {
    int exists =
        jdbc.sql("SELECT COUNT(*) FROM billing_account WHERE organisation_id = ?")
            .param(organisationId)
            .query(Integer.class)
            .single();
    if (exists == 0) {
      try {
        jdbc.sql("INSERT INTO billing_account (organisation_id, updated_at) VALUES (?, ?)")
            .params(organisationId, Timestamp.from(now))
            .update();
      } catch (DataIntegrityViolationException e) {
        // Another transaction inserted the row since the check (DuplicateKeyException is one of
        // these): the row exists, which is all this wanted. A locking read sees it whatever the
        // isolation; without the row the violation was something else.
        boolean inserted =
            jdbc.sql(
                    "SELECT organisation_id FROM billing_account WHERE organisation_id = ? FOR UPDATE")
                .param(organisationId)
                .query(Long.class)
                .optional()
                .isPresent();
        if (!inserted) {
          throw e;
        }
      }
    }
  }

  private static String join(String line1, String line2) {
    return line2 == null || line2.isBlank() ? line1 : line1 + "\n" + line2;
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }
}
