package eu.remhub.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one account, or
 * {@code 4 × maxFailures} from one address, within the window, further attempts for that key are
 * refused until the lock expires. The lock doubles with each further failure up to one hour, so a
 * person who forgot a password is not locked out for long while a guessing script is.
 *
 * <p>No thread sleeps here: a refused attempt answers at once, so the throttle cannot be turned
 * into a denial of service by holding request threads.
 */
@Component
public class LoginThrottle {

  /** Settings under {@code portal.security.login-throttle}. */
  @ConfigurationProperties("portal.security.login-throttle")
  public record Settings(Integer maxFailures, Duration window, Duration lock) {
    public Settings {
      maxFailures = maxFailures == null ? 5 : maxFailures;
      window = window == null ? Duration.ofMinutes(15) : window;
      lock = lock == null ? Duration.ofMinutes(1) : lock;
    }
  }

  private record Failures(int count, Instant first, Instant lockedUntil) {}

  private static final Duration MAX_LOCK = Duration.ofHours(1);

  /** Beyond this many tracked keys, new accounts are no longer tracked (addresses still are). */
  static final int MAX_KEYS = 100_000;

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Settings settings;
  private final Clock clock;

  public LoginThrottle(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** How long the account or address must still wait, or zero. */
  public Duration blockedFor(String account, String address) {
    Instant now = clock.instant();
    Duration wait = waitFor(accountKey(account), now);
    Duration byAddress = waitFor(addressKey(address), now);
    return wait.compareTo(byAddress) >= 0 ? wait : byAddress;
  }

  public void failed(String account, String address) {
    Instant now = clock.instant();
    count(accountKey(account), settings.maxFailures(), now);
    count(addressKey(address), settings.maxFailures() * 4, now);
  }

  public void succeeded(String account) {
    failures.remove(accountKey(account));
  }

  private Duration waitFor(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, f.lockedUntil());
  }

  /** Forgets keys whose window and lock have both passed, so guessing names cannot fill memory. */
  @Scheduled(fixedDelayString = "PT5M")
  public void evictExpired() {
    Instant now = clock.instant();
    failures
        .entrySet()
        .removeIf(
            e -> {
              Failures f = e.getValue();
              boolean windowOver = f.first().plus(settings.window()).isBefore(now);
              boolean lockOver = f.lockedUntil() == null || !f.lockedUntil().isAfter(now);
              return windowOver && lockOver;
            });
  }

  int trackedKeys() {
    return failures.size();
  }

  private void count(String key, int limit, Instant now) {
    if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
      evictExpired();
      if (failures.size() >= MAX_KEYS && key.startsWith("a:")) {
        return;
      }
    }
    failures.compute(
        key,
        (k, f) -> {
          if (f == null || f.first().plus(settings.window()).isBefore(now)) {
            f = new Failures(0, now, null);
          }
          int count = f.count() + 1;
          Instant lockedUntil = f.lockedUntil();
          if (count >= limit) {
            long factor = 1L << Math.min(count - limit, 12);
            Duration lock = settings.lock().multipliedBy(factor);
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
          }
          return new Failures(count, f.first(), lockedUntil);
        });
  }

  private static String accountKey(String account) {
    return "a:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "ip:" + (address == null ? "" : address);
  }
}
