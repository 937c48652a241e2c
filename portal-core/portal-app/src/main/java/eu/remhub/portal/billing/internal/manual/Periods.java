package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.billing.BillingInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Billing periods of manual memberships, in UTC calendar months and years. */
final class Periods {

  private Periods() {}

  static Instant end(Instant start, BillingInterval interval) {
    var at = start.atZone(ZoneOffset.UTC);
    return (interval == BillingInterval.MONTH ? at.plusMonths(1) : at.plusYears(1)).toInstant();
  }

  /** The start of a day, as a period starting on a payment date begins. */
  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
