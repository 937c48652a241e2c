package eu.remhub.portal.api;

/**
 * The id of a person, so that it cannot be mixed up with an {@link OrganisationId} where both are
 * numbers. Immutable.
 *
 * @param value the database id, positive
 * @since 1.1.0
 */
public record PersonId(long value) {

  /** Validates the id. */
  public PersonId {
    if (value <= 0) {
      throw new IllegalArgumentException("A person id is positive: " + value);
    }
  }

  /**
   * The id of a person.
   *
   * @param value the database id
   * @return the id
   * @throws IllegalArgumentException when it is not positive
   */
  public static PersonId of(long value) {
    return new PersonId(value);
  }
}
