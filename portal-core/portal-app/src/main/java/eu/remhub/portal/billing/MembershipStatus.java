package eu.remhub.portal.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A membership's status, the same words as Stripe's subscription status. Stripe may add statuses;
 * an unknown one maps to {@link #UNKNOWN}, which grants nothing and is shown to staff as it came.
 */
public enum MembershipStatus {
  INCOMPLETE,
  INCOMPLETE_EXPIRED,
  TRIALING,
  ACTIVE,
  PAST_DUE,
  UNPAID,
  CANCELED,
  PAUSED,
  UNKNOWN;

  /** Reads Stripe's spelling ({@code past_due}); anything not known is {@link #UNKNOWN}. */
  public static MembershipStatus of(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** Stripe's spelling. */
  public String stripeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The entitlement policy: entitled while active or trialing, and while past due for at most the
   * plan's grace days; never otherwise.
   *
   * @param pastDueSince when the membership became past due (null: not known, counts from now)
   */
  public boolean entitles(Instant pastDueSince, int graceDays, Instant now) {
    return switch (this) {
      case ACTIVE, TRIALING -> true;
      case PAST_DUE ->
          pastDueSince == null || now.isBefore(pastDueSince.plus(Duration.ofDays(graceDays)));
      default -> false;
    };
  }

  /** Whether nothing more will happen to this membership without a new subscription. */
  public boolean isFinal() {
    return this == CANCELED || this == INCOMPLETE_EXPIRED;
  }
}
