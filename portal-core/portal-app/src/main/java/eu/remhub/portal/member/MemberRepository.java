package eu.remhub.portal.member;

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

/** People and organisations in the database. */
@Repository
public class MemberRepository {

  private final JdbcClient jdbc;

  public MemberRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Person> findPersonByEmail(String email) {
    return jdbc.sql("SELECT * FROM person WHERE email = ?")
        .param(email.toLowerCase(java.util.Locale.ROOT))
        .query(MemberRepository::person)
        .optional();
  }

  public Optional<Person> findPerson(long id) {
    return jdbc.sql("SELECT * FROM person WHERE id = ?").param(id).query(MemberRepository::person).optional();
  }

  public long countPeople() {
    return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
  }

  public long insertPerson(
      String email, String passwordHash, String displayName, long organisationId, Set<String> roles, String locale, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO person (email, password_hash, display_name, organisation_id, roles, enabled, locale, created_at)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")
        .params(
            email.toLowerCase(java.util.Locale.ROOT),
            passwordHash,
            displayName,
            organisationId > 0 ? organisationId : null,
            String.join(",", roles),
            locale,
            Timestamp.from(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public long insertOrganisation(Organisation o, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO organisation (legal_name, short_name, country, city, segment, website, description, status, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            o.legalName(),
            o.shortName(),
            o.country(),
            o.city(),
            o.segment().name(),
            o.website(),
            o.description(),
            o.status(),
            Timestamp.from(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public List<Organisation> approvedOrganisations() {
    return jdbc.sql("SELECT * FROM organisation WHERE status = 'APPROVED' ORDER BY short_name")
        .query(MemberRepository::organisation)
        .list();
  }

  public Optional<Organisation> findOrganisation(long id) {
    return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(MemberRepository::organisation).optional();
  }

  public Set<String> entitlementsOf(long organisationId) {
    return new LinkedHashSet<>(
        jdbc.sql("SELECT entitlement FROM organisation_entitlement WHERE organisation_id = ?")
            .param(organisationId)
            .query(String.class)
            .list());
  }

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
        rs.getString("locale"));
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
