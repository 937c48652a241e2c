package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import eu.remhub.portal.billing.internal.JdbcMemberships.Change;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo memberships of the seeded hub: ElbeCycle is an Industry member, the others tell a year's
 * story.
 */
@PortalIntegrationTest
@Tag("database")
class BillingSeedIT {

  @Autowired BillingSeed seed;
  @Autowired JdbcMemberships memberships;
  @Autowired MembershipService membershipService;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private long organisation(String shortName) {
    return jdbc.sql("SELECT id FROM organisation WHERE short_name = ?")
        .param(shortName)
        .query(Long.class)
        .single();
  }

  @Test
  void elbeCycle_holdsAYearlyIndustryMembership_coveringToday() {
    long elbe = organisation("ElbeCycle");
    Membership m = memberships.find(elbe).orElseThrow();
    Instant now = clock.instant();

    assertThat(m.planId()).isEqualTo("industry");
    assertThat(m.interval()).isEqualTo(BillingInterval.YEAR);
    assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(m.provider()).isEqualTo(BillingProperties.MANUAL);
    assertThat(m.currentPeriodStart()).isBeforeOrEqualTo(now);
    assertThat(m.currentPeriodEnd()).isAfter(now);
    assertThat(m.entitled()).isTrue();
    assertThat(membershipService.entitlementsOf(elbe))
        .contains("hub.shared-services", "passport.manage");
    assertThat(memberships.changesOf(elbe))
        .extracting(Change::planId)
        .containsExactly("sme", "industry");
  }

  @Test
  void aboutTwoThirdsOfTheOrganisations_haveAStoryOverTheLastFourteenMonths() {
    List<Change> demo =
        jdbc.sql(
                "SELECT organisation_id, at, plan_id, status, entitled, mrr_cents, cause "
                    + "FROM membership_change WHERE cause = 'demo data' ORDER BY at, id")
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
    Set<Long> members = demo.stream().map(Change::organisationId).collect(Collectors.toSet());
    Set<String> statuses = demo.stream().map(Change::status).collect(Collectors.toSet());
    Instant now = clock.instant();

    // 30 seeded organisations: ElbeCycle and two of every three others
    assertThat(members).hasSize(21);
    assertThat(statuses).contains("active", "past_due", "unpaid", "canceled");
    assertThat(demo.get(0).at()).isBefore(now.minus(Duration.ofDays(365)));
    assertThat(demo.get(demo.size() - 1).at()).isBefore(now);
    assertThat(demo)
        .filteredOn(c -> c.entitled())
        .allSatisfy(c -> assertThat(c.mrrCents()).isPositive());
    assertThat(demo)
        .filteredOn(c -> !c.entitled())
        .allSatisfy(c -> assertThat(c.mrrCents()).isZero());
  }

  @Test
  void seedingAgain_changesNothing() {
    int before = jdbc.sql("SELECT COUNT(*) FROM membership_change").query(Integer.class).single();

    assertThat(seed.seed()).isZero();

    assertThat(jdbc.sql("SELECT COUNT(*) FROM membership_change").query(Integer.class).single())
        .isEqualTo(before);
  }
}
