package eu.remhub.portal.member.internal;

import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.member.ValueChainSegment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * People and organisations in the database: the tables {@code person}, {@code organisation} and
 * {@code organisation_entitlement}.
 */
@Repository
public class JdbcMemberRepository implements MemberRepository {

  private final JdbcClient jdbc;

  public JdbcMemberRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Person> findPersonByEmail(String email) {
    return jdbc.sql("SELECT * FROM person WHERE email = ?")
        .param(email.toLowerCase(java.util.Locale.ROOT))
        .query(JdbcMemberRepository::person)
        .optional();
  }

  @Override
  public Optional<Person> findPerson(long id) {
    return jdbc.sql("SELECT * FROM person WHERE id = ?")
        .param(id)
        .query(JdbcMemberRepository::person)
        .optional();
  }

  @Override
  public long countPeople() {
    return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
  }

  /** Inserts a person whose address counts as confirmed (seed data, tests, invitations). */
  @Override
  public long insertPerson(
      String email,
      String passwordHash,
      String displayName,
      long organisationId,
      Set<String> roles,
      String locale,
      Instant now) {
    return insertPerson(email, passwordHash, displayName, organisationId, roles, locale, now, true);
  }

  @Override
  public long insertPerson(
      String email,
      String passwordHash,
      String displayName,
      long organisationId,
      Set<String> roles,
      String locale,
      Instant now,
      boolean emailVerified) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO person (email, password_hash, display_name, organisation_id, roles, enabled, locale, created_at, email_verified)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?)")
        .params(
            email.toLowerCase(java.util.Locale.ROOT),
            passwordHash,
            displayName,
            organisationId > 0 ? organisationId : null,
            String.join(",", roles),
            locale,
            Timestamp.from(now),
            emailVerified)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  @Override
  public void markEmailVerified(long personId) {
    jdbc.sql("UPDATE person SET email_verified = TRUE WHERE id = ?").param(personId).update();
  }

  @Override
  public void updatePassword(long personId, String passwordHash) {
    jdbc.sql("UPDATE person SET password_hash = ? WHERE id = ?")
        .params(passwordHash, personId)
        .update();
  }

  @Override
  public void updateRoles(long personId, Set<String> roles) {
    jdbc.sql("UPDATE person SET roles = ? WHERE id = ?")
        .params(String.join(",", roles), personId)
        .update();
  }

  /** Moves a person into an organisation (or out of any, with 0) with the given roles. */
  @Override
  public void setOrganisation(long personId, long organisationId, Set<String> roles) {
    jdbc.sql("UPDATE person SET organisation_id = ?, roles = ? WHERE id = ?")
        .params(organisationId > 0 ? organisationId : null, String.join(",", roles), personId)
        .update();
  }

  @Override
  public void setEnabled(long personId, boolean enabled) {
    jdbc.sql("UPDATE person SET enabled = ? WHERE id = ?").params(enabled, personId).update();
  }

  @Override
  public void updateProfile(long personId, String displayName, String locale) {
    jdbc.sql("UPDATE person SET display_name = ?, locale = ? WHERE id = ?")
        .params(displayName, locale, personId)
        .update();
  }

  /** The people of an organisation, by name. */
  @Override
  public List<Person> peopleOf(long organisationId) {
    return jdbc.sql(
            "SELECT * FROM person WHERE organisation_id = ? AND erased_at IS NULL ORDER BY display_name, id")
        .param(organisationId)
        .query(JdbcMemberRepository::person)
        .list();
  }

  /** The people who hold a role, such as staff, to tell them about something. */
  @Override
  public List<Person> withRole(String role) {
    return jdbc.sql(
            "SELECT * FROM person WHERE erased_at IS NULL AND enabled = TRUE AND CONCAT(',', roles, ',') LIKE ? ORDER BY id")
        .param("%," + role + ",%")
        .query(JdbcMemberRepository::person)
        .list();
  }

  /** People whose address or name contains a text, for staff. */
  @Override
  public List<Person> search(String text, int offset, int limit) {
    String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    return jdbc.sql(
            "SELECT * FROM person WHERE erased_at IS NULL AND (LOWER(email) LIKE ? OR LOWER(display_name) LIKE ?)"
                + " ORDER BY email LIMIT ? OFFSET ?")
        .params(like, like, limit, offset)
        .query(JdbcMemberRepository::person)
        .list();
  }

  /**
   * Replaces everything that identifies a person with placeholders; the row stays so that records
   * pointing at it (audit entries, plugin data) keep their meaning without naming anybody.
   */
  @Override
  public void anonymisePerson(long personId, String unusableHash, Instant now) {
    jdbc.sql(
            "UPDATE person SET email = ?, password_hash = ?, display_name = ?, organisation_id = NULL, roles = '', enabled = FALSE,"
                + " email_verified = FALSE, erased_at = ? WHERE id = ?")
        .params(
            "erased-" + personId + "@erased.invalid",
            unusableHash,
            "Erased person",
            Timestamp.from(now),
            personId)
        .update();
  }

  @Override
  public long insertOrganisation(Organisation o, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO organisation (legal_name, short_name, country, city, segment, website, description, status, created_at, segments)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            o.legalName(),
            o.shortName(),
            o.country(),
            o.city(),
            o.segment().name(),
            o.website(),
            o.description(),
            o.status(),
            Timestamp.from(now),
            "," + o.segment().name() + ",")
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  @Override
  public List<Organisation> approvedOrganisations() {
    return jdbc.sql("SELECT * FROM organisation WHERE status = 'APPROVED' ORDER BY short_name")
        .query(JdbcMemberRepository::organisation)
        .list();
  }

  @Override
  public Optional<Organisation> findOrganisation(long id) {
    return jdbc.sql("SELECT * FROM organisation WHERE id = ?")
        .param(id)
        .query(JdbcMemberRepository::organisation)
        .optional();
  }

  @Override
  public Set<String> entitlementsOf(long organisationId) {
    return new LinkedHashSet<>(
        jdbc.sql("SELECT entitlement FROM organisation_entitlement WHERE organisation_id = ?")
            .param(organisationId)
            .query(String.class)
            .list());
  }

  @Override
  public void grantEntitlement(long organisationId, String entitlement) {
    jdbc.sql("INSERT INTO organisation_entitlement (organisation_id, entitlement) VALUES (?, ?)")
        .params(organisationId, entitlement)
        .update();
  }

  private static Person person(ResultSet rs, int row) throws SQLException {
    return new Person(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        rs.getLong("organisation_id"),
        Arrays.stream(rs.getString("roles").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new)),
        rs.getBoolean("enabled"),
        rs.getString("locale"),
        rs.getBoolean("email_verified"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("erased_at") == null ? null : rs.getTimestamp("erased_at").toInstant());
  }

  private static Organisation organisation(ResultSet rs, int row) throws SQLException {
    return new Organisation(
        rs.getLong("id"),
        rs.getString("legal_name"),
        rs.getString("short_name"),
        rs.getString("country"),
        rs.getString("city"),
        ValueChainSegment.valueOf(rs.getString("segment")),
        rs.getString("website"),
        rs.getString("description"),
        rs.getString("status"));
  }
}
