package eu.remhub.portal.base;

import java.util.List;

/**
 * Input that a service refuses, with one problem per field. Views show each message next to its
 * field; the REST API answers 400 with the problems in its problem details.
 */
public class InvalidInputException extends RuntimeException {

  /**
   * One refused field.
   *
   * @param field the field's name in the form and in the API
   * @param key the translation key of the message
   * @param args the message's arguments
   */
  public record Problem(String field, String key, Object... args) {}

  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.key()).toList().toString());
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String key, Object... args) {
    return new InvalidInputException(List.of(new Problem(field, key, args)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
