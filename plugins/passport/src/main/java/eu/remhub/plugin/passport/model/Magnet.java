package eu.remhub.plugin.passport.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One kind of magnet in the product. Fields that a reader's tier does not cover are {@code null} in
 * what that reader gets.
 *
 * @param family the magnet family
 * @param grade the grade, known to the family ({@code N42SH})
 * @param massGrams the mass of one magnet in grams
 * @param count how many of these magnets the product holds
 * @param location where in the product they sit
 * @param coating the coating, such as {@code Ni-Cu-Ni}
 * @param maxWorkingTemperatureC the highest working temperature in °C
 * @param composition the composition per element, coatings, glues and additives included
 */
public record Magnet(
    MagnetFamily family,
    String grade,
    BigDecimal massGrams,
    Integer count,
    String location,
    String coating,
    Integer maxWorkingTemperatureC,
    List<Constituent> composition) {

  /**
   * The mass of all magnets of this kind.
   *
   * @return grams, or zero when mass or count are not known to the reader
   */
  public BigDecimal totalMassGrams() {
    return massGrams == null || count == null
        ? BigDecimal.ZERO
        : massGrams.multiply(BigDecimal.valueOf(count));
  }
}
