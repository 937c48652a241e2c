package eu.remhub.plugin.passport.model;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses a passport or an event that breaks a rule, with every problem found. */
public class InvalidPassportException extends RuntimeException {

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems what is wrong; not empty
   */
  public InvalidPassportException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for one problem.
   *
   * @param field where
   * @param message what is wrong
   */
  public InvalidPassportException(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  /**
   * Everything that is wrong.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }
}
