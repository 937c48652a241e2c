package eu.remhub.portal.member;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The format of VAT identification numbers in each EU member state, as VIES documents them. Only
 * the format is checked, never a register: a well-formed number may still not exist.
 */
public final class VatIds {

  private record Format(Pattern pattern, String example) {}

  private static final Map<String, Format> FORMATS =
      Map.ofEntries(
          format("AT", "U\\d{8}", "ATU12345678"),
          format("BE", "[01]\\d{9}", "BE0123456789"),
          format("BG", "\\d{9,10}", "BG123456789"),
          format("CY", "\\d{8}[A-Z]", "CY12345678X"),
          format("CZ", "\\d{8,10}", "CZ12345678"),
          format("DE", "\\d{9}", "DE123456789"),
          format("DK", "\\d{8}", "DK12345678"),
          format("EE", "\\d{9}", "EE123456789"),
          format("GR", "\\d{9}", "EL123456789"),
          format("ES", "[A-Z0-9]\\d{7}[A-Z0-9]", "ESB12345678"),
          format("FI", "\\d{8}", "FI12345678"),
          format("FR", "[A-HJ-NP-Z0-9]{2}\\d{9}", "FR12345678901"),
          format("HR", "\\d{11}", "HR12345678901"),
          format("HU", "\\d{8}", "HU12345678"),
          format("IE", "\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W]", "IE1234567WA"),
          format("IT", "\\d{11}", "IT12345678901"),
          format("LT", "\\d{9}|\\d{12}", "LT123456789"),
          format("LU", "\\d{8}", "LU12345678"),
          format("LV", "\\d{11}", "LV12345678901"),
          format("MT", "\\d{8}", "MT12345678"),
          format("NL", "\\d{9}B\\d{2}", "NL123456789B01"),
          format("PL", "\\d{10}", "PL1234567890"),
          format("PT", "\\d{9}", "PT123456789"),
          format("RO", "[1-9]\\d{1,9}", "RO1234567"),
          format("SE", "\\d{10}01", "SE123456789001"),
          format("SI", "\\d{8}", "SI12345678"),
          format("SK", "\\d{10}", "SK1234567890"));

  private VatIds() {}

  private static Map.Entry<String, Format> format(String country, String regex, String example) {
    return Map.entry(country, new Format(Pattern.compile(regex), example));
  }

  /** The ISO 3166-1 codes of the EU member states, sorted. */
  public static Set<String> countries() {
    return new TreeSet<>(FORMATS.keySet());
  }

  /** Whether a code is that of an EU member state. */
  public static boolean isEuCountry(String country) {
    return country != null && FORMATS.containsKey(country);
  }

  /** The VAT prefix of a country: its ISO code, except EL for Greece. */
  public static String prefix(String country) {
    return "GR".equals(country) ? "EL" : country;
  }

  /** A well-formed example for a country, to show next to a rejected number. */
  public static String example(String country) {
    Format f = FORMATS.get(country);
    return f == null ? "" : f.example();
  }

  /**
   * The number in its canonical form (prefix, no spaces, dots or dashes), or empty when it is not
   * well formed for the country. The prefix may be left out.
   */
  public static Optional<String> normalise(String country, String input) {
    Format f = FORMATS.get(country);
    if (f == null || input == null) {
      return Optional.empty();
    }
    String compact = input.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    String prefix = prefix(country);
    String body = compact.startsWith(prefix) ? compact.substring(prefix.length()) : compact;
    return f.pattern().matcher(body).matches() ? Optional.of(prefix + body) : Optional.empty();
  }
}
