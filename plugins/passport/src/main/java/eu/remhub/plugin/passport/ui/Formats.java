package eu.remhub.plugin.passport.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How passport values are written on pages: dates in UTC, masses in g or kg, shares in %. */
final class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final BigDecimal THOUSAND = new BigDecimal(1000);

  private Formats() {}

  static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  static String mass(BigDecimal grams) {
    if (grams == null) {
      return "";
    }
    if (grams.compareTo(THOUSAND) >= 0) {
      return grams.divide(THOUSAND, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
          + " kg";
    }
    return grams.stripTrailingZeros().toPlainString() + " g";
  }

  static String percent(BigDecimal value) {
    return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
