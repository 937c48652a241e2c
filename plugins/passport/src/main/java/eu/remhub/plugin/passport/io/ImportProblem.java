package eu.remhub.plugin.passport.io;

/**
 * One bad row of an import.
 *
 * @param row the row: the line in a CSV file (the header is line 1), the position in a JSON list
 *     (from 1)
 * @param section {@code passports} or {@code events}
 * @param message what is wrong, with the field where there is one
 */
public record ImportProblem(int row, String section, String message) {

  @Override
  public String toString() {
    return section + " row " + row + ": " + message;
  }
}
