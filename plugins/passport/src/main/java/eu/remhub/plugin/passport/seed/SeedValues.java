package eu.remhub.plugin.passport.seed;

import eu.remhub.plugin.passport.model.Constituent;
import eu.remhub.plugin.passport.model.ConstituentRole;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.RecycledShare;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Short ways to write the constituents, recycled shares and events of the demo passports. */
final class SeedValues {

  private SeedValues() {}

  static Constituent el(String element, String percent) {
    return new Constituent(element, ConstituentRole.MAGNET, dec(percent));
  }

  static Constituent part(String substance, ConstituentRole role, String percent) {
    return new Constituent(substance, role, dec(percent));
  }

  static RecycledShare share(String element, String percent, String method) {
    return new RecycledShare(element, dec(percent), method, "");
  }

  static RecycledShare share(String element, String percent, String method, String verifier) {
    return new RecycledShare(element, dec(percent), method, verifier);
  }

  /**
   * Event times count back from the portal's clock, so that the demo history always lies in the
   * past.
   */
  static CustodyEvent event(
      Clock clock,
      EventType type,
      int daysAgo,
      String country,
      String place,
      String actor,
      String note,
      List<String> inputs) {
    Instant at = clock.instant().minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.HOURS);
    return new CustodyEvent(type, at, country, place, actor, note, inputs);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
