package eu.remhub.portal.api;

/**
 * The id of a member organisation, so that it cannot be mixed up with a {@link PersonId} where both
 * are numbers. Immutable.
 *
 * @param value the database id, positive
 * @since 1.1.0
 */
public record OrganisationId(long value) {

  /** Validates the id. */
  public OrganisationId {
    if (value <= 0) {
      throw new IllegalArgumentException("An organisation id is positive: " + value);
    }
  }

  /**
   * The id of an organisation.
   *
   * @param value the database id
   * @return the id
   * @throws IllegalArgumentException when it is not positive
   */
  public static OrganisationId of(long value) {
    return new OrganisationId(value);
  }
}
