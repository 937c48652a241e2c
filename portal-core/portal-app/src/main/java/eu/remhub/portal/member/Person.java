package eu.remhub.portal.member;

import java.time.Instant;
import java.util.Set;

/**
 * A person with an account on the portal.
 *
 * @param id the id
 * @param email the sign-in address
 * @param passwordHash the encoded password
 * @param displayName the name to show
 * @param organisationId the organisation, or 0 for staff without one
 * @param roles the roles
 * @param enabled whether the account may sign in
 * @param locale the preferred language tag
 * @param emailVerified whether the address was confirmed through a link sent to it
 * @param createdAt when the account was made
 * @param erasedAt when the account was erased, or null
 */
public record Person(
    long id,
    String email,
    String passwordHash,
    String displayName,
    long organisationId,
    Set<String> roles,
    boolean enabled,
    String locale,
    boolean emailVerified,
    Instant createdAt,
    Instant erasedAt) {

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Whether the person may sign in: enabled, address confirmed, not erased. */
  public boolean maySignIn() {
    return enabled && emailVerified && erasedAt == null;
  }
}
