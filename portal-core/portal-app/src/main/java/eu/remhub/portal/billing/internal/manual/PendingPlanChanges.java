package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.billing.BillingInterval;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan a manual membership moves to with its next renewal ({@code membership.pending_*}). */
@Repository
class PendingPlanChanges {

  /** A plan with its interval. */
  record Pending(String planId, BillingInterval interval) {}

  private final JdbcClient jdbc;

  PendingPlanChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Pending> find(long organisationId) {
    return jdbc.sql(
            "SELECT pending_plan_id, pending_interval FROM membership WHERE organisation_id = ? "
                + "AND pending_plan_id IS NOT NULL")
        .param(organisationId)
        .query((rs, n) -> new Pending(rs.getString(1), BillingInterval.of(rs.getString(2))))
        .optional();
  }

  void set(long organisationId, String planId, BillingInterval interval) {
    jdbc.sql(
            "UPDATE membership SET pending_plan_id = ?, pending_interval = ? WHERE organisation_id = ?")
        .params(planId, interval.name(), organisationId)
        .update();
  }

  void clear(long organisationId) {
    jdbc.sql(
            "UPDATE membership SET pending_plan_id = NULL, pending_interval = NULL WHERE organisation_id = ?")
        .param(organisationId)
        .update();
  }
}
