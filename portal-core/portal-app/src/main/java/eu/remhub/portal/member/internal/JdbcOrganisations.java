package eu.remhub.portal.member.internal;

import eu.remhub.portal.member.DirectoryFilter;
import eu.remhub.portal.member.FieldVisibility;
import eu.remhub.portal.member.Logo;
import eu.remhub.portal.member.Material;
import eu.remhub.portal.member.OrganisationProfile;
import eu.remhub.portal.member.ProfileChanges;
import eu.remhub.portal.member.ProfileField;
import eu.remhub.portal.member.ValueChainSegment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organisation profiles, their logos and the directory query, in the database. */
@Repository
public class JdbcOrganisations {

  private static final String SELECT =
      "SELECT o.*, (SELECT COUNT(*) FROM organisation_logo l WHERE l.organisation_id = o.id) AS logo_count FROM organisation o";

  private final JdbcClient jdbc;

  public JdbcOrganisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<OrganisationProfile> find(long id) {
    return jdbc.sql(SELECT + " WHERE o.id = ?")
        .param(id)
        .query(JdbcOrganisations::profile)
        .optional();
  }

  public List<OrganisationProfile> allButErased() {
    return jdbc.sql(SELECT + " WHERE o.status <> 'ERASED' ORDER BY o.id")
        .query(JdbcOrganisations::profile)
        .list();
  }

  public List<OrganisationProfile> byStatus(String status) {
    return jdbc.sql(SELECT + " WHERE o.status = ? ORDER BY o.created_at, o.id")
        .param(status)
        .query(JdbcOrganisations::profile)
        .list();
  }

  /** Row-locks the organisation until the transaction ends, so that checks on its people hold. */
  public void lock(long id) {
    jdbc.sql("SELECT id FROM organisation WHERE id = ? FOR UPDATE")
        .param(id)
        .query(Long.class)
        .optional();
  }

  public long insert(ProfileChanges c, String status, Instant now) {
    var keys = new GeneratedKeyHolder();
    List<Object> params =
        new ArrayList<>(
            java.util.Arrays.asList(
                c.legalName(),
                c.shortName(),
                c.country(),
                c.city(),
                primary(c.segments()),
                c.website(),
                c.description(),
                status,
                Timestamp.from(now),
                joined(c.segments()),
                joined(c.materials()),
                c.vatId(),
                c.capabilities(),
                Timestamp.from(now)));
    StringBuilder columns =
        new StringBuilder(
            "legal_name, short_name, country, city, segment, website, description, status, created_at, segments, materials, vat_id, capabilities, updated_at");
    for (ProfileField f : ProfileField.values()) {
      columns.append(", ").append(f.column());
      params.add(c.visibility().get(f).name());
    }
    String marks = String.join(", ", java.util.Collections.nCopies(params.size(), "?"));
    jdbc.sql("INSERT INTO organisation (" + columns + ") VALUES (" + marks + ")")
        .params(params)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void update(long id, ProfileChanges c, Instant now) {
    List<Object> params =
        new ArrayList<>(
            java.util.Arrays.asList(
                c.legalName(),
                c.shortName(),
                c.country(),
                c.city(),
                primary(c.segments()),
                c.website(),
                c.description(),
                joined(c.segments()),
                joined(c.materials()),
                c.vatId(),
                c.capabilities(),
                Timestamp.from(now)));
    StringBuilder sql =
        new StringBuilder(
            "UPDATE organisation SET legal_name = ?, short_name = ?, country = ?, city = ?, segment = ?, website = ?, description = ?,"
                + " segments = ?, materials = ?, vat_id = ?, capabilities = ?, updated_at = ?");
    for (ProfileField f : ProfileField.values()) {
      sql.append(", ").append(f.column()).append(" = ?");
      params.add(c.visibility().get(f).name());
    }
    params.add(id);
    jdbc.sql(sql + " WHERE id = ?").params(params).update();
  }

  public boolean legalNameTaken(String legalName, long exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE LOWER(legal_name) = ? AND id <> ?")
            .params(legalName.toLowerCase(Locale.ROOT), exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  public boolean shortNameTaken(String shortName, long exceptId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM organisation WHERE LOWER(short_name) = ? AND id <> ? AND status <> 'ERASED'")
            .params(shortName.toLowerCase(Locale.ROOT), exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  public void decide(long id, String status, String reason, String by, Instant at) {
    jdbc.sql(
            "UPDATE organisation SET status = ?, rejection_reason = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(status, reason, by, Timestamp.from(at), id)
        .update();
  }

  /**
   * Approved organisations matching a filter, by short name; filters apply only where the field is
   * visible.
   */
  public List<OrganisationProfile> directory(
      DirectoryFilter filter,
      Set<FieldVisibility> levels,
      long ownOrganisation,
      int offset,
      int limit) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, levels, ownOrganisation, params);
    params.add(limit);
    params.add(offset);
    return jdbc.sql(SELECT + where + " ORDER BY LOWER(o.short_name), o.id LIMIT ? OFFSET ?")
        .params(params)
        .query(JdbcOrganisations::profile)
        .list();
  }

  public long countDirectory(
      DirectoryFilter filter, Set<FieldVisibility> levels, long ownOrganisation) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, levels, ownOrganisation, params);
    return jdbc.sql("SELECT COUNT(*) FROM organisation o" + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(
      DirectoryFilter f, Set<FieldVisibility> levels, long own, List<Object> params) {
    // Level names are enum constants, never input, so they may stand in the SQL text.
    String visible =
        levels.stream().map(l -> "'" + l.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    StringBuilder sql = new StringBuilder(" WHERE o.status = 'APPROVED'");
    if (f.country() != null) {
      sql.append(" AND o.country = ? AND (o.vis_country IN ")
          .append(visible)
          .append(" OR o.id = ?)");
      params.add(f.country());
      params.add(own);
    }
    if (f.segment() != null) {
      sql.append(" AND o.segments LIKE ? AND (o.vis_segments IN ")
          .append(visible)
          .append(" OR o.id = ?)");
      params.add("%," + f.segment().name() + ",%");
      params.add(own);
    }
    if (f.material() != null) {
      sql.append(" AND o.materials LIKE ? AND (o.vis_materials IN ")
          .append(visible)
          .append(" OR o.id = ?)");
      params.add("%," + f.material().name() + ",%");
      params.add(own);
    }
    if (f.text() != null && !f.text().isBlank()) {
      String like =
          "%"
              + f.text()
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("!", "!!")
                  .replace("%", "!%")
                  .replace("_", "!_")
              + "%";
      sql.append(
              " AND (LOWER(o.short_name) LIKE ? ESCAPE '!' OR (LOWER(o.legal_name) LIKE ? ESCAPE '!' AND (o.vis_legal_name IN ")
          .append(visible)
          .append(" OR o.id = ?)))");
      params.add(like);
      params.add(like);
      params.add(own);
    }
    return sql.toString();
  }

  public Optional<Logo> logo(long id) {
    return jdbc.sql("SELECT content_type, content FROM organisation_logo WHERE organisation_id = ?")
        .param(id)
        .query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2)))
        .optional();
  }

  public void saveLogo(long id, String contentType, byte[] content, Instant now) {
    deleteLogo(id);
    jdbc.sql(
            "INSERT INTO organisation_logo (organisation_id, content_type, content, updated_at) VALUES (?, ?, ?, ?)")
        .params(id, contentType, content, Timestamp.from(now))
        .update();
  }

  public void deleteLogo(long id) {
    jdbc.sql("DELETE FROM organisation_logo WHERE organisation_id = ?").param(id).update();
  }

  /** Removes everything an erased organisation said about itself; the row stays for references. */
  public void erase(long id, Instant now) {
    deleteLogo(id);
    jdbc.sql("DELETE FROM organisation_entitlement WHERE organisation_id = ?").param(id).update();
    jdbc.sql(
            "UPDATE organisation SET legal_name = ?, short_name = ?, city = '', website = '', description = NULL, vat_id = '',"
                + " capabilities = NULL, materials = '', rejection_reason = NULL, status = 'ERASED', updated_at = ? WHERE id = ?")
        .params("Erased organisation " + id, "Erased " + id, Timestamp.from(now), id)
        .update();
  }

  /** A set stored between commas, sorted: ",MINING,RECYCLING,". */
  static <E extends Enum<E>> String joined(Set<E> values) {
    return values.isEmpty()
        ? ""
        : values.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
  }

  private static String primary(Set<ValueChainSegment> segments) {
    return segments.isEmpty()
        ? ValueChainSegment.SERVICES.name()
        : segments.iterator().next().name();
  }

  static OrganisationProfile profile(ResultSet rs, int row) throws SQLException {
    Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(ProfileField.class);
    for (ProfileField f : ProfileField.values()) {
      visibility.put(f, FieldVisibility.valueOf(rs.getString(f.column())));
    }
    return new OrganisationProfile(
        rs.getLong("id"),
        rs.getString("short_name"),
        rs.getString("legal_name"),
        rs.getString("country"),
        rs.getString("city"),
        rs.getString("vat_id"),
        rs.getString("website"),
        parse(rs.getString("segments"), ValueChainSegment.class),
        parse(rs.getString("materials"), Material.class),
        nz(rs.getString("capabilities")),
        nz(rs.getString("description")),
        rs.getInt("logo_count") > 0,
        rs.getString("status"),
        rs.getString("rejection_reason"),
        visibility,
        rs.getTimestamp("created_at").toInstant());
  }

  private static <E extends Enum<E>> Set<E> parse(String list, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    if (list != null) {
      for (String s : list.split(",")) {
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(s.trim())) {
            values.add(e);
          }
        }
      }
    }
    return values;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
