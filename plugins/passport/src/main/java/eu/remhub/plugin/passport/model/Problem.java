package eu.remhub.plugin.passport.model;

/**
 * One thing wrong with a passport or an event, said so that the person who entered it can fix it.
 *
 * @param field where, as a path into the passport document ({@code magnets[0].grade})
 * @param message what is wrong
 */
public record Problem(String field, String message) {

  @Override
  public String toString() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
