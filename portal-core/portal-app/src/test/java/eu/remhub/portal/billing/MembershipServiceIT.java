package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.api.event.MembershipActivated;
import eu.remhub.portal.api.event.MembershipChanged;
import eu.remhub.portal.api.event.MembershipLapsed;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import eu.remhub.portal.member.EntitlementService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The membership mirror: the newest snapshot wins whatever the order, every change is in the
 * history and announced once, and entitlements follow the policy, including the end of a grace
 * period.
 */
@PortalIntegrationTest
@Tag("database")
class MembershipServiceIT {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Autowired MembershipService memberships;
  @Autowired JdbcMemberships rows;
  @Autowired EntitlementService entitlements;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ConfigurableApplicationContext context;

  final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  long org;

  @BeforeEach
  void organisationAndListener() {
    String name = "Mirror Test " + SEQUENCE.incrementAndGet() + " " + System.nanoTime();
    jdbc.sql(
            "INSERT INTO organisation (legal_name, short_name, country, segment, status, created_at) "
                + "VALUES (?, ?, 'DE', 'RECYCLING', 'APPROVED', ?)")
        .params(
            name, name.substring(0, Math.min(name.length(), 80)), Timestamp.from(clock.instant()))
        .update();
    org =
        jdbc.sql("SELECT id FROM organisation WHERE legal_name = ?")
            .param(name)
            .query(Long.class)
            .single();
    context.addApplicationListener(
        (ApplicationListener<ApplicationEvent>)
            e -> {
              if (e instanceof PayloadApplicationEvent<?> p
                  && p.getPayload() instanceof DomainEvent d
                  && concerns(d)) {
                events.add(d);
              }
            });
  }

  @AfterEach
  void forget() {
    events.clear();
    org = -1;
  }

  private boolean concerns(DomainEvent event) {
    return switch (event) {
      case MembershipChanged c -> c.organisationId() == org;
      case MembershipActivated a -> a.organisationId() == org;
      case MembershipLapsed l -> l.organisationId() == org;
      default -> false;
    };
  }

  private MembershipUpdate snapshot(String status, String plan, Instant stateAt) {
    return new MembershipUpdate(
        org,
        plan,
        BillingInterval.YEAR,
        "stripe",
        status,
        "sub_mirror_" + org,
        T0,
        T0.plus(Duration.ofDays(365)),
        false,
        stateAt,
        "test");
  }

  @Test
  void theNewestSnapshotWinsWhateverOrderTheyArriveIn() {
    assertThat(memberships.apply(snapshot("active", "sme", T0.plusSeconds(30))))
        .isEqualTo(MembershipService.Outcome.APPLIED);
    assertThat(memberships.apply(snapshot("incomplete", "sme", T0.plusSeconds(10))))
        .isEqualTo(MembershipService.Outcome.STALE);
    assertThat(memberships.apply(snapshot("active", "sme", T0.plusSeconds(30))))
        .isEqualTo(MembershipService.Outcome.UNCHANGED);

    Membership stored = memberships.find(org).orElseThrow();
    assertThat(stored.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(stored.entitled()).isTrue();
    assertThat(rows.changesOf(org)).hasSize(1);
    assertThat(events)
        .hasSize(2)
        .hasAtLeastOneElementOfType(MembershipChanged.class)
        .hasAtLeastOneElementOfType(MembershipActivated.class);
    assertThat(entitlements.organisationHas(org, "passport.manage")).isTrue();
    assertThat(memberships.seatLimit(org)).isEqualTo(15);
  }

  @Test
  void aPlanChangeIsAnnouncedAndCountsInTheHistoryWithItsRevenue() {
    memberships.apply(snapshot("active", "research", T0.plusSeconds(1)));
    memberships.apply(snapshot("active", "industry", T0.plusSeconds(2)));

    assertThat(rows.changesOf(org))
        .extracting(JdbcMemberships.Change::planId)
        .containsExactly("research", "industry");
    assertThat(rows.changesOf(org))
        .extracting(JdbcMemberships.Change::mrrCents)
        .containsExactly(3750L, 50000L);
    assertThat(events).filteredOn(MembershipChanged.class::isInstance).hasSize(2);
    assertThat(events).filteredOn(MembershipActivated.class::isInstance).hasSize(1);
    assertThat(entitlements.organisationHas(org, "hub.shared-services")).isTrue();
  }

  @Test
  void pastDueKeepsEntitlementsForTheGraceDaysThenTheyLapseOnce() {
    memberships.apply(snapshot("active", "sme", T0.plusSeconds(1)));
    memberships.apply(snapshot("past_due", "sme", clock.instant()));
    assertThat(entitlements.organisationHas(org, "passport.manage")).isTrue();
    assertThat(memberships.refreshEntitlements()).isZero();

    // fifteen days later: the plan grants fourteen
    jdbc.sql("UPDATE membership SET past_due_since = ? WHERE organisation_id = ?")
        .params(Timestamp.from(clock.instant().minus(Duration.ofDays(15))), org)
        .update();
    assertThat(entitlements.organisationHas(org, "passport.manage")).isFalse();
    assertThat(memberships.refreshEntitlements()).isEqualTo(1);
    assertThat(memberships.refreshEntitlements()).isZero();

    assertThat(events).filteredOn(MembershipLapsed.class::isInstance).hasSize(1);
    assertThat(memberships.find(org).orElseThrow().entitled()).isFalse();
    assertThat(rows.changesOf(org))
        .last()
        .satisfies(
            c -> {
              assertThat(c.entitled()).isFalse();
              assertThat(c.mrrCents()).isZero();
              assertThat(c.cause()).isEqualTo("grace period ended");
            });
  }

  @Test
  void aRenewalOrACancellationAtPeriodEndIsAChangeToo() {
    memberships.apply(snapshot("active", "sme", T0.plusSeconds(1)));
    MembershipUpdate renewed =
        new MembershipUpdate(
            org,
            "sme",
            BillingInterval.YEAR,
            "stripe",
            "active",
            "sub_mirror_" + org,
            T0.plus(Duration.ofDays(365)),
            T0.plus(Duration.ofDays(730)),
            true,
            T0.plusSeconds(2),
            "renewed, then cancelled at period end");

    assertThat(memberships.apply(renewed)).isEqualTo(MembershipService.Outcome.APPLIED);
    assertThat(events).filteredOn(MembershipChanged.class::isInstance).hasSize(2);
    assertThat(events).filteredOn(MembershipActivated.class::isInstance).hasSize(1);
    assertThat(memberships.find(org).orElseThrow().cancelAtPeriodEnd()).isTrue();
  }

  @Test
  void anUnknownStatusGrantsNothingButIsKeptAsItCame() {
    memberships.apply(snapshot("active", "sme", T0.plusSeconds(1)));
    memberships.apply(snapshot("frozen_by_regulator", "sme", T0.plusSeconds(2)));

    Membership stored = memberships.find(org).orElseThrow();
    assertThat(stored.rawStatus()).isEqualTo("frozen_by_regulator");
    assertThat(stored.status()).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(entitlements.organisationHas(org, "passport.manage")).isFalse();
    assertThat(events).filteredOn(MembershipLapsed.class::isInstance).hasSize(1);
    assertThat(memberships.seatLimit(org)).isEqualTo(3);
  }

  @Test
  void aPlanThatIsNoLongerConfiguredGrantsNothing() {
    memberships.apply(snapshot("active", "retired-plan", T0.plusSeconds(1)));
    assertThat(memberships.find(org).orElseThrow().entitled()).isFalse();
    assertThat(memberships.entitlementsOf(org)).isEmpty();
  }
}
