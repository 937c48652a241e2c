package eu.remhub.plugin.passport.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a passport and its events must meet before they are stored. Every problem is reported,
 * not only the first, each with the field it concerns.
 */
public final class PassportValidator {

  /** How far, in percentage points, a composition may miss 100 % (rounding in lab reports). */
  public static final BigDecimal COMPOSITION_TOLERANCE = new BigDecimal("0.5");

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern FOOTPRINT_CLASS = Pattern.compile("[A-E]");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final int MAX_TEXT = 4000;

  private PassportValidator() {}

  /**
   * Checks a passport's content.
   *
   * @param content the content
   * @return the problems, empty when valid
   */
  public static List<Problem> problems(PassportContent content) {
    List<Problem> problems = new ArrayList<>();
    if (content.hostProduct() == null || content.hostProduct().category() == null) {
      problems.add(
          new Problem("hostProduct.category", "say which kind of product holds the magnets"));
    }
    if (content.magnets().isEmpty()) {
      problems.add(new Problem("magnets", "a passport describes at least one magnet"));
    }
    for (int i = 0; i < content.magnets().size(); i++) {
      magnet(content.magnets().get(i), "magnets[" + i + "]", problems);
    }
    recycled(content.recycledContent(), problems);
    for (int i = 0; i < content.origins().size(); i++) {
      origin(content.origins().get(i), "origins[" + i + "]", problems);
    }
    footprint(content.carbonFootprint(), problems);
    if (content.removalInstructions().length() > MAX_TEXT) {
      problems.add(new Problem("removalInstructions", "at most " + MAX_TEXT + " characters"));
    }
    for (int i = 0; i < content.documents().size(); i++) {
      document(content.documents().get(i), "documents[" + i + "]", problems);
    }
    for (int i = 0; i < content.predecessors().size(); i++) {
      Predecessor predecessor = content.predecessors().get(i);
      if (predecessor == null
          || (predecessor.passportId() == null && blank(predecessor.identifier()))) {
        problems.add(
            new Problem(
                "predecessors[" + i + "]", "name the predecessor's passport id or identifier"));
      }
    }
    return problems;
  }

  /**
   * Checks an event.
   *
   * @param event the event
   * @param now the current time; events may not lie more than a day ahead of it
   * @return the problems, empty when valid
   */
  public static List<Problem> problems(CustodyEvent event, Instant now) {
    List<Problem> problems = new ArrayList<>();
    if (event.type() == null) {
      problems.add(
          new Problem(
              "type",
              "say what happened: one of COMMISSION, SHIP, RECEIVE, ASSEMBLE, REPAIR, DISMANTLE, RECYCLE"));
    }
    if (event.occurredAt() == null) {
      problems.add(new Problem("occurredAt", "say when it happened"));
    } else if (event.occurredAt().isAfter(now.plus(Duration.ofDays(1)))) {
      problems.add(new Problem("occurredAt", "the event lies in the future"));
    }
    if (!event.country().isEmpty() && !COUNTRIES.contains(event.country())) {
      problems.add(
          new Problem(
              "country",
              "'" + event.country() + "' is not an ISO 3166 country code such as DE or IT"));
    }
    if (event.type() == EventType.RECYCLE && event.inputs().isEmpty()) {
      problems.add(new Problem("inputs", "a recycling event names the magnets it came from"));
    }
    if (event.note().length() > MAX_TEXT
        || event.place().length() > 200
        || event.actor().length() > 200) {
      problems.add(
          new Problem("", "place and actor take at most 200 characters, the note " + MAX_TEXT));
    }
    return problems;
  }

  private static void magnet(Magnet magnet, String at, List<Problem> problems) {
    if (magnet == null) {
      problems.add(new Problem(at, "empty magnet"));
      return;
    }
    MagnetFamily family = magnet.family();
    if (family == null) {
      problems.add(
          new Problem(
              at + ".family",
              "say which magnet family: NDFEB_SINTERED, NDFEB_BONDED, SMCO5, SM2CO17, ALNICO or FERRITE"));
    } else if (blank(magnet.grade())) {
      problems.add(
          new Problem(
              at + ".grade", "give the grade, for " + family.label() + " " + family.gradeHint()));
    } else if (!family.knowsGrade(magnet.grade())) {
      problems.add(
          new Problem(
              at + ".grade",
              "'"
                  + magnet.grade()
                  + "' is not a known grade of "
                  + family.label()
                  + "; expected "
                  + family.gradeHint()));
    }
    if (magnet.massGrams() == null || magnet.massGrams().signum() <= 0) {
      problems.add(new Problem(at + ".massGrams", "the mass of a magnet must be above zero grams"));
    }
    if (magnet.count() == null || magnet.count() < 1) {
      problems.add(new Problem(at + ".count", "the product holds at least one such magnet"));
    }
    temperature(magnet, at, problems);
    composition(magnet, at, problems);
  }

  private static void temperature(Magnet magnet, String at, List<Problem> problems) {
    Integer stated = magnet.maxWorkingTemperatureC();
    if (stated == null) {
      return;
    }
    if (stated <= 0 || stated > 600) {
      problems.add(
          new Problem(
              at + ".maxWorkingTemperatureC", "a working temperature lies between 1 and 600 °C"));
      return;
    }
    OptionalInt rated =
        magnet.family() == null
            ? OptionalInt.empty()
            : magnet.family().maxTemperature(magnet.grade());
    if (rated.isPresent() && stated > rated.getAsInt()) {
      problems.add(
          new Problem(
              at + ".maxWorkingTemperatureC",
              stated
                  + " °C is above what grade "
                  + magnet.grade()
                  + " stands ("
                  + rated.getAsInt()
                  + " °C)"));
    }
  }

  private static void composition(Magnet magnet, String at, List<Problem> problems) {
    List<Constituent> composition = magnet.composition() == null ? List.of() : magnet.composition();
    if (composition.isEmpty()) {
      problems.add(
          new Problem(
              at + ".composition",
              "give the composition per element, coatings, glues and additives included"));
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < composition.size(); i++) {
      Constituent part = composition.get(i);
      String where = at + ".composition[" + i + "]";
      if (part == null || blank(part.substance()) || part.role() == null) {
        problems.add(
            new Problem(
                where,
                "each line names a substance and its role (MAGNET, COATING, GLUE or ADDITIVE)"));
        continue;
      }
      if (part.role() == ConstituentRole.MAGNET && !Elements.isElement(part.substance())) {
        problems.add(
            new Problem(
                where + ".substance",
                "'" + part.substance() + "' is not an element symbol such as Nd, Fe or B"));
      }
      if (!seen.add(part.role() + "/" + part.substance())) {
        problems.add(
            new Problem(
                where + ".substance", part.substance() + " is listed twice as " + part.role()));
      }
      if (!share(part.percent())) {
        problems.add(new Problem(where + ".percent", "a share lies between 0 and 100 %"));
      } else {
        total = total.add(part.percent());
      }
    }
    if (total.subtract(HUNDRED).abs().compareTo(COMPOSITION_TOLERANCE) > 0) {
      problems.add(
          new Problem(
              at + ".composition",
              "the composition adds up to "
                  + total.stripTrailingZeros().toPlainString()
                  + " %; it must make 100 % within ±"
                  + COMPOSITION_TOLERANCE.toPlainString()
                  + " percentage points"));
    }
  }

  private static void recycled(List<RecycledShare> shares, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < shares.size(); i++) {
      RecycledShare share = shares.get(i);
      String at = "recycledContent[" + i + "]";
      if (share == null || !Elements.RECYCLED_SHARE_ELEMENTS.contains(share.element())) {
        problems.add(
            new Problem(
                at + ".element",
                "recycled shares are given for "
                    + String.join(", ", Elements.RECYCLED_SHARE_ELEMENTS)));
        continue;
      }
      if (!seen.add(share.element())) {
        problems.add(new Problem(at + ".element", share.element() + " is listed twice"));
      }
      if (!share(share.percent())) {
        problems.add(new Problem(at + ".percent", "a recycled share lies between 0 and 100 %"));
      }
      if (blank(share.method())) {
        problems.add(
            new Problem(
                at + ".method",
                "say how the recycled share of " + share.element() + " was determined"));
      }
    }
  }

  private static void origin(Origin origin, String at, List<Problem> problems) {
    if (origin == null || origin.stage() == null) {
      problems.add(
          new Problem(
              at + ".stage", "say which value-chain stage, such as MINING or MAGNET_MAKING"));
      return;
    }
    if (origin.country() == null || !COUNTRIES.contains(origin.country())) {
      problems.add(
          new Problem(at + ".country", "give the country as an ISO 3166 code such as SE or DE"));
    }
  }

  private static void footprint(CarbonFootprint footprint, List<Problem> problems) {
    if (footprint == null) {
      return;
    }
    if (footprint.kgCo2ePerKg() != null && footprint.kgCo2ePerKg().signum() < 0) {
      problems.add(
          new Problem("carbonFootprint.kgCo2ePerKg", "a carbon footprint is not negative"));
    }
    if (footprint.footprintClass() != null
        && !FOOTPRINT_CLASS.matcher(footprint.footprintClass()).matches()) {
      problems.add(
          new Problem(
              "carbonFootprint.footprintClass", "the footprint class is a letter from A to E"));
    }
  }

  private static void document(DocumentRef document, String at, List<Problem> problems) {
    if (document == null || blank(document.title())) {
      problems.add(new Problem(at + ".title", "a document has a title"));
      return;
    }
    if (!blank(document.url()) && !URL.matcher(document.url()).matches()) {
      problems.add(new Problem(at + ".url", "a document link starts with http:// or https://"));
    }
    if (!blank(document.sha256()) && !SHA256.matcher(document.sha256()).matches()) {
      problems.add(new Problem(at + ".sha256", "a SHA-256 checksum has 64 hexadecimal digits"));
    }
  }

  private static boolean share(BigDecimal percent) {
    return percent != null && percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
