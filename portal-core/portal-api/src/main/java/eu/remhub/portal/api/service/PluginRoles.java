package eu.remhub.portal.api.service;

import eu.remhub.portal.api.PersonId;
import java.util.List;

/**
 * Who holds the roles this plugin defines through {@link
 * eu.remhub.portal.api.extension.RoleContributor}. Staff grant roles in Administration, People; a
 * plugin may also grant and revoke them itself (for example when a course's author invites a
 * co-trainer). Every grant and revocation is written to the audit log. Only roles of this plugin
 * can be asked about or changed: any other name is refused with an {@link
 * IllegalArgumentException}.
 *
 * @since 1.1.0
 */
public interface PluginRoles {

  /**
   * Whether the person holds the role.
   *
   * @param person the person
   * @param role the role's name, such as {@code training.trainer}
   * @return true when granted
   */
  boolean has(PersonId person, String role);

  /**
   * Whether the person signed in for the current request or UI holds the role.
   *
   * @param role the role's name
   * @return true when granted; false for a visitor or a background thread
   */
  boolean currentUserHas(String role);

  /**
   * Everyone who holds the role, in the order of their grants.
   *
   * @param role the role's name
   * @return the holders
   */
  List<PersonId> holders(String role);

  /**
   * Grants the role; nothing happens when the person already holds it.
   *
   * @param person the person
   * @param role the role's name
   * @throws IllegalArgumentException for an unknown person or a role this plugin does not define
   */
  void grant(PersonId person, String role);

  /**
   * Revokes the role; nothing happens when the person does not hold it.
   *
   * @param person the person
   * @param role the role's name
   */
  void revoke(PersonId person, String role);
}
