package eu.remhub.portal.billing.internal.manual;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Euro amounts on invoices and in their mail, always written the same way: {@code EUR 1,815.00}.
 */
final class Money {

  private Money() {}

  static String format(long cents) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "EUR " + f.format(BigDecimal.valueOf(cents, 2));
  }

  /** A rate in basis points as a percentage: 2100 → {@code 21 %}, 550 → {@code 5.5 %}. */
  static String rate(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
  }
}
