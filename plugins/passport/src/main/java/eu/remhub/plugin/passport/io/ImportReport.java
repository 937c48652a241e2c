package eu.remhub.plugin.passport.io;

import java.util.List;

/**
 * What an import did: either everything (passports and events counted, no problems) or nothing
 * (every problem found, each with its row).
 *
 * @param passports passports created
 * @param events events recorded
 * @param problems every bad row with its reason; empty when the import went through
 */
public record ImportReport(int passports, int events, List<ImportProblem> problems) {

  /** Copies the problems. */
  public ImportReport {
    problems = List.copyOf(problems);
  }

  /**
   * Whether the import went through.
   *
   * @return true when there was no problem
   */
  public boolean ok() {
    return problems.isEmpty();
  }

  /**
   * A report of an import refused.
   *
   * @param problems what was wrong
   * @return the report
   */
  static ImportReport refused(List<ImportProblem> problems) {
    return new ImportReport(0, 0, problems);
  }
}
