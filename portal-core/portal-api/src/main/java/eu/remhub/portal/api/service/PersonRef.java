package eu.remhub.portal.api.service;

import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.PersonId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person of a member organisation as plugins see them: enough to address mail in their own
 * language, to show their name and to tell their organisation and roles.
 *
 * @param id the person's id
 * @param displayName the name as the person wants it shown
 * @param email the sign-in and contact address
 * @param organisationId the person's organisation
 * @param locale the person's language
 * @param roles the person's roles: core roles such as {@code ORG_ADMIN} and plugin roles granted to
 *     them
 * @since 1.1.0
 */
public record PersonRef(
    PersonId id,
    String displayName,
    String email,
    OrganisationId organisationId,
    Locale locale,
    Set<String> roles) {

  public PersonRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(organisationId, "organisationId");
    locale = locale == null ? Locale.ENGLISH : locale;
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /**
   * Whether the person holds a role.
   *
   * @param role the role's name
   * @return true when held
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
