package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipStatusTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @ParameterizedTest(name = "{0} entitles: {1}")
  @CsvSource({
    "incomplete, false",
    "incomplete_expired, false",
    "trialing, true",
    "active, true",
    "past_due, true",
    "unpaid, false",
    "canceled, false",
    "paused, false",
    "on_hold_for_review, false",
    "'', false"
  })
  void everyStripeStatusAndAnUnknownOneHasAnExplicitAnswer(String raw, boolean entitled) {
    MembershipStatus status = MembershipStatus.of(raw);
    assertThat(status.entitles(NOW.minus(Duration.ofDays(1)), 14, NOW)).isEqualTo(entitled);
  }

  @Test
  void unknownWordsMapToUnknownAndKeepNothing() {
    assertThat(MembershipStatus.of("on_hold_for_review")).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(MembershipStatus.of(null)).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(MembershipStatus.of(" PAST_DUE ")).isEqualTo(MembershipStatus.PAST_DUE);
  }

  @Test
  void pastDueEntitlesForTheGraceDaysOnly() {
    Instant since = NOW.minus(Duration.ofDays(14));
    assertThat(MembershipStatus.PAST_DUE.entitles(since, 14, NOW.minusSeconds(1))).isTrue();
    assertThat(MembershipStatus.PAST_DUE.entitles(since, 14, NOW)).isFalse();
    assertThat(MembershipStatus.PAST_DUE.entitles(since, 0, since)).isFalse();
  }

  @Test
  void onlyCanceledAndExpiredAreFinal() {
    for (MembershipStatus s : MembershipStatus.values()) {
      assertThat(s.isFinal())
          .isEqualTo(s == MembershipStatus.CANCELED || s == MembershipStatus.INCOMPLETE_EXPIRED);
    }
  }
}
