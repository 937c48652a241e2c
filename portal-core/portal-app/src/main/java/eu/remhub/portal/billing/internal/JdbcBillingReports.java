package eu.remhub.portal.billing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads of the staff dashboard and the demo seed that span tables: open invoices past due,
 * memberships counted, and organisations' short names (read from the member feature's table, as
 * billing only ever shows them).
 */
@Repository
public class JdbcBillingReports {

  /**
   * An open invoice past its due date.
   *
   * @param number empty when the invoice has none yet
   */
  public record OverdueInvoice(
      long organisationId, String number, Instant dueAt, long totalCents) {}

  /** An organisation's id and short name. */
  public record OrganisationName(long id, String shortName) {}

  private final JdbcClient jdbc;

  public JdbcBillingReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Open invoices of a provider due before a time, the longest overdue first. */
  public List<OverdueInvoice> overdueInvoices(String provider, String openStatus, Instant now) {
    return jdbc.sql(
            "SELECT organisation_id, number, due_at, total_cents FROM invoice WHERE provider = ? AND status = ? "
                + "AND due_at < ? ORDER BY due_at, id")
        .params(provider, openStatus, Timestamp.from(now))
        .query(
            (rs, n) ->
                new OverdueInvoice(
                    rs.getLong(1),
                    rs.getString(2) == null ? "" : rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getLong(4)))
        .list();
  }

  /** Short names of all organisations by id. */
  public Map<Long, String> organisationNames() {
    Map<Long, String> names = new LinkedHashMap<>();
    jdbc.sql("SELECT id, short_name FROM organisation")
        .query((RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)));
    return names;
  }

  /** Approved organisations by id. */
  public List<OrganisationName> approvedOrganisations() {
    return jdbc.sql("SELECT id, short_name FROM organisation WHERE status = 'APPROVED' ORDER BY id")
        .query((rs, n) -> new OrganisationName(rs.getLong(1), rs.getString(2)))
        .list();
  }

  public int membershipCount() {
    return jdbc.sql("SELECT COUNT(*) FROM membership").query(Integer.class).single();
  }
}
