package eu.remhub.plugin.passport.model;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Permanent magnet families (CRMA Art. 28 names NdFeB, SmCo, AlNiCo and ferrite), with the grades
 * each family knows and the highest working temperature a grade stands.
 */
public enum MagnetFamily {
  NDFEB_SINTERED(
      "NdFeB",
      "sintered NdFeB",
      "N(3[0-9]|4[0-9]|5[0-6])(M|H|SH|UH|EH|AH)?|(3[0-9]|4[0-9]|5[0-6])(M|H|SH|UH|EH|AH)",
      "N30 to N56 or 30 to 56, with an optional M, H, SH, UH, EH or AH suffix (N42SH, 48H)"),
  NDFEB_BONDED(
      "NdFeB", "bonded NdFeB", "BN[PI]-(\\d{1,2})[A-Z]?", "BNP- or BNI- and a number (BNP-10)"),
  SMCO5("SmCo", "SmCo5", "YX-?(1[4-9]|2[0-6])[A-Z]?", "YX14 to YX26 (YX20)"),
  SM2CO17(
      "SmCo",
      "Sm2Co17",
      "YXG-?(2[2-9]|3[0-5])([HMLT])?",
      "YXG22 to YXG35 with an optional H, M, L or T (YXG28H)"),
  ALNICO(
      "AlNiCo",
      "AlNiCo",
      "ALNICO ?([1-9]|[1-9][0-9])[A-Z]?|LNGT?\\d{2,3}",
      "Alnico 5, Alnico 8 or LNG/LNGT grades (LNG37)"),
  FERRITE(
      "Ferrite",
      "hard ferrite",
      "Y\\d{2}[A-Z]{0,2}|C\\d{1,2}[A-Z]?",
      "Y and two digits or C and a number (Y30BH, C8)");

  private final String material;
  private final String label;
  private final Pattern grades;
  private final String gradeHint;

  MagnetFamily(String material, String label, String grades, String gradeHint) {
    this.material = material;
    this.label = label;
    this.grades = Pattern.compile(grades);
    this.gradeHint = gradeHint;
  }

  /**
   * The material as the CRMA label names it: NdFeB, SmCo, AlNiCo or Ferrite; also the search facet.
   *
   * @return the material
   */
  public String material() {
    return material;
  }

  /**
   * The family's name for people.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * What grades of this family look like, for messages.
   *
   * @return a hint with examples
   */
  public String gradeHint() {
    return gradeHint;
  }

  /**
   * Whether a grade belongs to this family.
   *
   * @param grade the grade as written
   * @return true if known
   */
  public boolean knowsGrade(String grade) {
    return grade != null && grades.matcher(normal(grade)).matches();
  }

  /**
   * The highest working temperature a grade of this family stands.
   *
   * @param grade a grade this family knows
   * @return the temperature in °C, or empty when the family gives none
   */
  public OptionalInt maxTemperature(String grade) {
    if (!knowsGrade(grade)) {
      return OptionalInt.empty();
    }
    String normal = normal(grade);
    return switch (this) {
      case NDFEB_SINTERED -> OptionalInt.of(ndfebTemperature(normal));
      case NDFEB_BONDED -> OptionalInt.of(150);
      case SMCO5 -> OptionalInt.of(250);
      case SM2CO17 -> OptionalInt.of(normal.endsWith("T") ? 550 : 350);
      case ALNICO -> OptionalInt.of(550);
      case FERRITE -> OptionalInt.of(250);
    };
  }

  private static int ndfebTemperature(String grade) {
    Matcher suffix = Pattern.compile("(M|H|SH|UH|EH|AH)$").matcher(grade);
    if (!suffix.find()) {
      return 80;
    }
    return switch (suffix.group(1)) {
      case "M" -> 100;
      case "H" -> 120;
      case "SH" -> 150;
      case "UH" -> 180;
      case "EH" -> 200;
      default -> 230;
    };
  }

  private static String normal(String grade) {
    return grade.trim().toUpperCase(Locale.ROOT);
  }
}
