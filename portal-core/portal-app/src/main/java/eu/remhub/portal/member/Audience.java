package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import java.util.Optional;

/** How close a person stands to one organisation, which decides the profile fields they see. */
public enum Audience {
  /** Not signed in, or not (yet) in an approved member organisation. */
  VISITOR,
  /** A person of another approved member organisation. */
  MEMBER,
  /** A person of the organisation itself, or hub staff. */
  INSIDER;

  /** The audience of a person (empty for a visitor) looking at an organisation. */
  public static Audience of(Optional<CurrentUser> user, long organisationId) {
    if (user.isEmpty()) {
      return VISITOR;
    }
    CurrentUser u = user.get();
    if (u.hasRole(Roles.STAFF) || (organisationId > 0 && u.organisationId() == organisationId)) {
      return INSIDER;
    }
    return u.hasRole(Roles.MEMBER) ? MEMBER : VISITOR;
  }
}
