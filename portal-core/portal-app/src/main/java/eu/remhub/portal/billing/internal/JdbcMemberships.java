package eu.remhub.portal.billing.internal;

import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.Membership;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code membership} and {@code membership_change} tables. */
@Repository
public class JdbcMemberships {

  private static final String COLUMNS =
      "organisation_id, plan_id, billing_interval, provider, status, "
          + "stripe_subscription_id, current_period_start, current_period_end, cancel_at_period_end, past_due_since, "
          + "state_at, entitled, created_at, updated_at";

  private final JdbcClient jdbc;

  public JdbcMemberships(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Membership> find(long organisationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM membership WHERE organisation_id = ?")
        .param(organisationId)
        .query(JdbcMemberships::map)
        .optional();
  }

  /**
   * Reads and locks the row until the transaction ends (the organisation row when there is none
   * yet).
   */
  public Optional<Membership> lock(long organisationId) {
    jdbc.sql("SELECT id FROM organisation WHERE id = ? FOR UPDATE")
        .param(organisationId)
        .query(Long.class)
        .optional();
    return jdbc.sql("SELECT " + COLUMNS + " FROM membership WHERE organisation_id = ? FOR UPDATE")
        .param(organisationId)
        .query(JdbcMemberships::map)
        .optional();
  }

  public Optional<Membership> findBySubscription(String subscriptionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM membership WHERE stripe_subscription_id = ?")
        .param(subscriptionId)
        .query(JdbcMemberships::map)
        .optional();
  }

  public List<Membership> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM membership ORDER BY organisation_id")
        .query(JdbcMemberships::map)
        .list();
  }

  public void save(Membership m, boolean exists) {
    if (exists) {
      jdbc.sql(
              "UPDATE membership SET plan_id = ?, billing_interval = ?, provider = ?, status = ?, stripe_subscription_id = ?, "
                  + "current_period_start = ?, current_period_end = ?, cancel_at_period_end = ?, past_due_since = ?, state_at = ?, "
                  + "entitled = ?, updated_at = ? WHERE organisation_id = ?")
          .params(
              m.planId(),
              m.interval().name(),
              m.provider(),
              m.rawStatus(),
              m.stripeSubscriptionId(),
              ts(m.currentPeriodStart()),
              ts(m.currentPeriodEnd()),
              m.cancelAtPeriodEnd(),
              ts(m.pastDueSince()),
              ts(m.stateAt()),
              m.entitled(),
              ts(m.updatedAt()),
              m.organisationId())
          .update();
    } else {
      jdbc.sql(
              "INSERT INTO membership ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              m.organisationId(),
              m.planId(),
              m.interval().name(),
              m.provider(),
              m.rawStatus(),
              m.stripeSubscriptionId(),
              ts(m.currentPeriodStart()),
              ts(m.currentPeriodEnd()),
              m.cancelAtPeriodEnd(),
              ts(m.pastDueSince()),
              ts(m.stateAt()),
              m.entitled(),
              ts(m.createdAt()),
              ts(m.updatedAt()))
          .update();
    }
  }

  /** Appends to the history behind the dashboard chart. */
  public void recordChange(
      long organisationId,
      Instant at,
      String planId,
      String status,
      boolean entitled,
      long mrrCents,
      String cause) {
    jdbc.sql(
            "INSERT INTO membership_change (organisation_id, at, plan_id, status, entitled, mrr_cents, cause) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            organisationId,
            ts(at),
            planId,
            status,
            entitled,
            mrrCents,
            cause.length() > 120 ? cause.substring(0, 120) : cause)
        .update();
  }

  /** One row of the history. */
  public record Change(
      long organisationId,
      Instant at,
      String planId,
      String status,
      boolean entitled,
      long mrrCents,
      String cause) {}

  public List<Change> changesUntil(Instant until) {
    return jdbc.sql(
            "SELECT organisation_id, at, plan_id, status, entitled, mrr_cents, cause FROM membership_change "
                + "WHERE at < ? ORDER BY at, id")
        .param(ts(until))
        .query(
            (rs, n) ->
                new Change(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    rs.getLong(6),
                    rs.getString(7)))
        .list();
  }

  public List<Change> changesOf(long organisationId) {
    return jdbc.sql(
            "SELECT organisation_id, at, plan_id, status, entitled, mrr_cents, cause FROM membership_change "
                + "WHERE organisation_id = ? ORDER BY at, id")
        .param(organisationId)
        .query(
            (rs, n) ->
                new Change(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    rs.getLong(6),
                    rs.getString(7)))
        .list();
  }

  private static Membership map(ResultSet rs, int row) throws SQLException {
    return new Membership(
        rs.getLong("organisation_id"),
        rs.getString("plan_id"),
        BillingInterval.of(rs.getString("billing_interval")),
        rs.getString("provider"),
        rs.getString("status"),
        rs.getString("stripe_subscription_id"),
        instant(rs, "current_period_start"),
        instant(rs, "current_period_end"),
        rs.getBoolean("cancel_at_period_end"),
        instant(rs, "past_due_since"),
        instant(rs, "state_at"),
        rs.getBoolean("entitled"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
