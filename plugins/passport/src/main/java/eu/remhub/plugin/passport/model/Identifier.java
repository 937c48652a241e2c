package eu.remhub.plugin.passport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A passport's persistent identifier in GS1 Digital Link form: a GTIN, with a batch (AI 10) and/or
 * a serial number (AI 21) for batch and item granularity.
 *
 * @param gtin the GTIN, 14 digits once {@linkplain #normalised() normalised}
 * @param batch the batch or lot number, or empty
 * @param serial the serial number, or empty
 */
public record Identifier(String gtin, String batch, String serial) {

  // A URL-safe subset of GS1's AI 82 character set, at most 20 characters as AI 10 and 21 allow.
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,20}");
  private static final Pattern DIGITS = Pattern.compile("\\d{8}|\\d{12,14}");

  /** Normalises missing parts to empty strings. */
  public Identifier {
    gtin = gtin == null ? "" : gtin.trim();
    batch = batch == null ? "" : batch.trim();
    serial = serial == null ? "" : serial.trim();
  }

  /**
   * The same identifier with the GTIN padded to 14 digits, as Digital Link writes it.
   *
   * @return the normalised identifier
   */
  public Identifier normalised() {
    String padded = DIGITS.matcher(gtin).matches() ? "0".repeat(14 - gtin.length()) + gtin : gtin;
    return new Identifier(padded, batch, serial);
  }

  /**
   * The granularity that this identifier's parts express.
   *
   * @return item with a serial, batch with a batch, else model
   */
  public Granularity granularity() {
    if (!serial.isEmpty()) {
      return Granularity.ITEM;
    }
    return batch.isEmpty() ? Granularity.MODEL : Granularity.BATCH;
  }

  /**
   * The Digital Link path: {@code /01/{gtin}}, then {@code /10/{batch}} and {@code /21/{serial}}.
   *
   * @return the path
   */
  public String digitalLinkPath() {
    StringBuilder path = new StringBuilder("/01/").append(normalised().gtin());
    if (!batch.isEmpty()) {
      path.append("/10/").append(batch);
    }
    if (!serial.isEmpty()) {
      path.append("/21/").append(serial);
    }
    return path.toString();
  }

  /**
   * What is wrong with the identifier, if anything.
   *
   * @param granularity the granularity the passport claims
   * @return the problems, empty when valid
   */
  public List<Problem> problems(Granularity granularity) {
    List<Problem> problems = new ArrayList<>();
    if (!DIGITS.matcher(gtin).matches()) {
      problems.add(
          new Problem(
              "identifier.gtin", "the GTIN must have 8, 12, 13 or 14 digits, not '" + gtin + "'"));
    } else if (!checkDigitValid(normalised().gtin())) {
      problems.add(new Problem("identifier.gtin", "the GTIN " + gtin + " has a wrong check digit"));
    }
    if (!batch.isEmpty() && !KEY.matcher(batch).matches()) {
      problems.add(
          new Problem(
              "identifier.batch", "a batch number has 1 to 20 letters, digits, '.', '_' or '-'"));
    }
    if (!serial.isEmpty() && !KEY.matcher(serial).matches()) {
      problems.add(
          new Problem(
              "identifier.serial", "a serial number has 1 to 20 letters, digits, '.', '_' or '-'"));
    }
    if (granularity == null) {
      problems.add(
          new Problem(
              "granularity", "say whether the passport is for a MODEL, a BATCH or an ITEM"));
    } else if (granularity != granularity()) {
      problems.add(new Problem("granularity", granularityMismatch(granularity)));
    }
    return problems;
  }

  private String granularityMismatch(Granularity granularity) {
    return switch (granularity) {
      case MODEL ->
          "a passport for a product model has a GTIN only, without batch or serial number";
      case BATCH -> "a passport for a batch has a GTIN and a batch number, without serial number";
      case ITEM -> "a passport for an item needs a serial number";
    };
  }

  /**
   * Reads the Digital Link path (or a full Digital Link URI) back into an identifier.
   *
   * @param link such as {@code /01/04012345000017/10/B-2026-07} or {@code https://x/01/...}
   * @return the identifier, or empty when the text is no Digital Link of this form
   */
  public static Optional<Identifier> parse(String link) {
    if (link == null) {
      return Optional.empty();
    }
    String path = link.trim();
    int start = path.indexOf("/01/");
    if (start >= 0) {
      path = path.substring(start + 1);
    }
    String[] parts = path.split("/");
    if (parts.length < 2 || parts.length % 2 != 0 || !parts[0].equals("01")) {
      return Optional.empty();
    }
    String batch = "";
    String serial = "";
    for (int i = 2; i < parts.length; i += 2) {
      switch (parts[i]) {
        case "10" -> batch = parts[i + 1];
        case "21" -> serial = parts[i + 1];
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new Identifier(parts[1], batch, serial).normalised());
  }

  /**
   * Whether the last digit of a GTIN-14 is the GS1 check digit of the others.
   *
   * @param gtin14 fourteen digits
   * @return true if valid
   */
  static boolean checkDigitValid(String gtin14) {
    int sum = 0;
    for (int i = 0; i < 13; i++) {
      int digit = gtin14.charAt(i) - '0';
      sum += i % 2 == 0 ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10 == gtin14.charAt(13) - '0';
  }
}
