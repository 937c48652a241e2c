package eu.remhub.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-27T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottle.Settings(5, Duration.ofMinutes(15), Duration.ofMinutes(1)), clock);

  @Test
  void fifthFailure_locksTheAccount_andTheLockDoublesWithEachFurtherFailure() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("a@x.example", "10.0.0.1");
    }
    assertThat(throttle.blockedFor("a@x.example", "10.0.0.9")).isZero();
    throttle.failed("a@x.example", "10.0.0.1");
    assertThat(throttle.blockedFor("a@x.example", "10.0.0.9")).isEqualTo(Duration.ofMinutes(1));
    throttle.failed("a@x.example", "10.0.0.1");
    assertThat(throttle.blockedFor("A@X.example ", "10.0.0.9")).isEqualTo(Duration.ofMinutes(2));
    assertThat(throttle.blockedFor("b@x.example", "10.0.0.9")).isZero();
  }

  @Test
  void success_clearsTheAccount_andLocksExpire() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("a@x.example", "10.0.0.1");
    }
    now = now.plus(Duration.ofMinutes(2));
    assertThat(throttle.blockedFor("a@x.example", "10.0.0.9")).isZero();
    throttle.succeeded("a@x.example");
    throttle.failed("a@x.example", "10.0.0.1");
    assertThat(throttle.blockedFor("a@x.example", "10.0.0.9")).isZero();
  }

  @Test
  void guessingManyNames_cannotFillMemory_expiredKeysAreEvicted() {
    for (int i = 0; i < 1000; i++) {
      throttle.failed("user" + i + "@x.example", "10.0.0." + (i % 250));
    }
    assertThat(throttle.trackedKeys()).isEqualTo(1250);
    now = now.plus(Duration.ofMinutes(16));
    throttle.evictExpired();
    assertThat(throttle.trackedKeys()).isZero();
  }
}
