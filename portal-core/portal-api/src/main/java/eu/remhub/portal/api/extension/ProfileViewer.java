package eu.remhub.portal.api.extension;

/**
 * Who looks at an organisation's profile, from the least to the most trusted. A {@link
 * ProfileSection} decides what to show to each.
 *
 * @since 1.1.0
 */
public enum ProfileViewer {
  /** A visitor who is not signed in. */
  VISITOR,
  /** A signed-in person of another organisation. */
  MEMBER,
  /** A signed-in person of the organisation itself who is not one of its admins. */
  COLLEAGUE,
  /** An admin of the organisation itself. */
  ORGANISATION_ADMIN,
  /** Hub staff. */
  STAFF;

  /**
   * Whether this viewer belongs to the organisation or is staff: they may see what the organisation
   * keeps to itself.
   *
   * @return true for colleagues, organisation admins and staff
   */
  public boolean inside() {
    return this == COLLEAGUE || this == ORGANISATION_ADMIN || this == STAFF;
  }
}
