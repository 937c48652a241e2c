package eu.remhub.portal.api;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The person signed in, as a plugin sees them.
 *
 * @param personId the person's id
 * @param email the person's email address
 * @param displayName the name to show
 * @param organisationId the person's organisation, or {@code 0} for staff without one
 * @param roles the person's roles, see {@link Roles}
 * @param locale the person's preferred language
 * @since 1.0.0
 */
public record CurrentUser(
    long personId,
    String email,
    String displayName,
    long organisationId,
    Set<String> roles,
    Locale locale) {

  /** Validates and copies the roles. */
  public CurrentUser {
    Objects.requireNonNull(email, "email");
    roles = Set.copyOf(roles);
    locale = locale == null ? Locale.ENGLISH : locale;
  }

  /**
   * The person's organisation.
   *
   * @return the organisation id, or empty when the person belongs to none
   */
  public OptionalLong organisation() {
    return organisationId > 0 ? OptionalLong.of(organisationId) : OptionalLong.empty();
  }

  /**
   * Whether the person holds a role.
   *
   * @param role a role name such as {@link Roles#STAFF}
   * @return true if held
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
