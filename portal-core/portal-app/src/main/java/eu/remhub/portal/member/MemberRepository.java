package eu.remhub.portal.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * People and organisations as stored: the member feature's store, which other features read (and
 * billing's seed data writes through). Its JDBC implementation lives in {@code member.internal}.
 */
public interface MemberRepository {

  Optional<Person> findPersonByEmail(String email);

  Optional<Person> findPerson(long id);

  long countPeople();

  /** Inserts a person whose address counts as confirmed (seed data, tests, invitations). */
  long insertPerson(
      String email,
      String passwordHash,
      String displayName,
      long organisationId,
      Set<String> roles,
      String locale,
      Instant now);

  long insertPerson(
      String email,
      String passwordHash,
      String displayName,
      long organisationId,
      Set<String> roles,
      String locale,
      Instant now,
      boolean emailVerified);

  void markEmailVerified(long personId);

  void updatePassword(long personId, String passwordHash);

  void updateRoles(long personId, Set<String> roles);

  /** Moves a person into an organisation (or out of any, with 0) with the given roles. */
  void setOrganisation(long personId, long organisationId, Set<String> roles);

  void setEnabled(long personId, boolean enabled);

  void updateProfile(long personId, String displayName, String locale);

  /** The people of an organisation, by name. */
  List<Person> peopleOf(long organisationId);

  /** The people who hold a role, such as staff, to tell them about something. */
  List<Person> withRole(String role);

  /** People whose address or name contains a text, for staff. */
  List<Person> search(String text, int offset, int limit);

  /**
   * Replaces everything that identifies a person with placeholders; the row stays so that records
   * pointing at it (audit entries, plugin data) keep their meaning without naming anybody.
   */
  void anonymisePerson(long personId, String unusableHash, Instant now);

  long insertOrganisation(Organisation o, Instant now);

  List<Organisation> approvedOrganisations();

  Optional<Organisation> findOrganisation(long id);

  /** The entitlements staff granted the organisation directly (not those of its plan). */
  Set<String> entitlementsOf(long organisationId);

  /** Grants an entitlement to an organisation directly. */
  void grantEntitlement(long organisationId, String entitlement);
}
