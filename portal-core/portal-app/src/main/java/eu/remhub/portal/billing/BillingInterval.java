package eu.remhub.portal.billing;

import java.util.Locale;

/** How often a membership is billed; the names match Stripe's {@code recurring.interval}. */
public enum BillingInterval {
  MONTH,
  YEAR;

  /** Stripe's spelling: {@code month} or {@code year}. */
  public String stripeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads Stripe's or our spelling; anything else is refused. */
  public static BillingInterval of(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
