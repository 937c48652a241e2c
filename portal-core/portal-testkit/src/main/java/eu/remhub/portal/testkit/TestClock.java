package eu.remhub.portal.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it. Code that kept a reference to the clock sees
 * every move, so a test can advance time under a running plugin. Thread-safe.
 *
 * @since 1.0.0
 */
public final class TestClock extends Clock {

  /**
   * Where every test clock starts: a Monday morning, so that date logic meets no edge by chance.
   */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  TestClock() {
    this(new AtomicReference<>(START), ZoneOffset.UTC);
  }

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Sets the time.
   *
   * @param instant the new time
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Moves the time forward (or back, for a negative duration).
   *
   * @param duration how far
   */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A view of this clock in another zone; it moves with this one.
   *
   * @param zone the zone
   * @return the clock
   */
  @Override
  public TestClock withZone(ZoneId zone) {
    return new TestClock(now, zone);
  }
}
