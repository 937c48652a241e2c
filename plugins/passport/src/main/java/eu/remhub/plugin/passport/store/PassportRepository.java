package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.model.Tier;
import eu.remhub.portal.api.service.PluginJdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The plugin's tables, read and written with plain SQL through the portal's {@link PluginJdbc}. */
public final class PassportRepository {

  private static final String PASSPORT_COLUMNS =
      "id, gtin, batch_no, serial_no, granularity, operator_org_id, status, status_note, current_version,"
          + " latest_version, successor_id, chain_length, chain_head, created_at, updated_at";
  private static final String VERSION_COLUMNS =
      "id, passport_id, version_no, status, document, created_at, created_by, published_at, chain_seq,"
          + " prev_hash, entry_hash";
  private static final String EVENT_COLUMNS =
      "id, passport_id, chain_seq, event_type, occurred_at, country, place, actor, note, inputs,"
          + " recorded_at, recorded_by, prev_hash, entry_hash";

  private final PluginJdbc jdbc;

  /**
   * Creates the repository.
   *
   * @param jdbc the plugin's database access
   */
  public PassportRepository(PluginJdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The database access, for transactions around several calls.
   *
   * @return the plugin's database access
   */
  public PluginJdbc jdbc() {
    return jdbc;
  }

  long insertPassport(Identifier identifier, Granularity granularity, long operator, Instant now) {
    return jdbc.insert(
        "INSERT INTO passport_passport (gtin, batch_no, serial_no, granularity, operator_org_id, status,"
            + " latest_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
        identifier.gtin(),
        identifier.batch(),
        identifier.serial(),
        granularity.name(),
        operator,
        Status.DRAFT.name(),
        Times.toDb(now),
        Times.toDb(now));
  }

  /**
   * A passport by id.
   *
   * @param id the id
   * @return the passport, if any
   */
  public Optional<PassportRow> find(long id) {
    return jdbc.queryOne(
        "SELECT " + PASSPORT_COLUMNS + " FROM passport_passport WHERE id = ?",
        PassportRepository::passport,
        id);
  }

  /**
   * A passport by its Digital Link identifier.
   *
   * @param identifier the identifier, normalised
   * @return the passport, if any
   */
  public Optional<PassportRow> find(Identifier identifier) {
    return jdbc.queryOne(
        "SELECT "
            + PASSPORT_COLUMNS
            + " FROM passport_passport WHERE gtin = ? AND batch_no = ? AND serial_no = ?",
        PassportRepository::passport,
        identifier.gtin(),
        identifier.batch(),
        identifier.serial());
  }

  /**
   * Passports that have been public at some point, newest first.
   *
   * @param limit at most this many
   * @return the passports
   */
  public List<PassportRow> published(int limit) {
    return jdbc.query(
        "SELECT "
            + PASSPORT_COLUMNS
            + " FROM passport_passport WHERE current_version > 0 ORDER BY updated_at DESC, id DESC LIMIT ?",
        PassportRepository::passport,
        limit);
  }

  /**
   * The passports of one organisation, drafts included.
   *
   * @param organisationId the organisation
   * @return the passports, newest first
   */
  public List<PassportRow> ofOperator(long organisationId) {
    return jdbc.query(
        "SELECT "
            + PASSPORT_COLUMNS
            + " FROM passport_passport WHERE operator_org_id = ? ORDER BY id DESC",
        PassportRepository::passport,
        organisationId);
  }

  /**
   * Every passport, drafts included.
   *
   * @return the passports, newest first
   */
  public List<PassportRow> all() {
    return jdbc.query(
        "SELECT " + PASSPORT_COLUMNS + " FROM passport_passport ORDER BY id DESC",
        PassportRepository::passport);
  }

  /**
   * How many passports there are.
   *
   * @return the count
   */
  public long count() {
    return jdbc.queryOne("SELECT COUNT(*) FROM passport_passport", row -> row.getLong(1))
        .orElse(0L);
  }

  boolean advanceChain(
      long passportId, int expectedLength, int newLength, String newHead, Instant now) {
    return jdbc.update(
            "UPDATE passport_passport SET chain_length = ?, chain_head = ?, updated_at = ? WHERE id = ? AND chain_length = ?",
            newLength,
            newHead,
            Times.toDb(now),
            passportId,
            expectedLength)
        == 1;
  }

  void setPublished(long passportId, int versionNo, Instant now) {
    jdbc.update(
        "UPDATE passport_passport SET status = ?, current_version = ?, updated_at = ? WHERE id = ?",
        Status.PUBLISHED.name(),
        versionNo,
        Times.toDb(now),
        passportId);
  }

  void setStatus(long passportId, Status status, String note, Long successorId, Instant now) {
    jdbc.update(
        "UPDATE passport_passport SET status = ?, status_note = ?, successor_id = ?, updated_at = ? WHERE id = ?",
        status.name(),
        note,
        successorId,
        Times.toDb(now),
        passportId);
  }

  void setLatestVersion(long passportId, int versionNo, Instant now) {
    jdbc.update(
        "UPDATE passport_passport SET latest_version = ?, updated_at = ? WHERE id = ?",
        versionNo,
        Times.toDb(now),
        passportId);
  }

  void insertVersion(long passportId, int versionNo, String document, Instant now, long personId) {
    jdbc.insert(
        "INSERT INTO passport_version (passport_id, version_no, status, document, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        passportId,
        versionNo,
        Status.DRAFT.name(),
        document,
        Times.toDb(now),
        personId);
  }

  /**
   * One version of a passport.
   *
   * @param passportId the passport
   * @param versionNo the version number
   * @return the version, if any
   */
  public Optional<VersionRow> version(long passportId, int versionNo) {
    return jdbc.queryOne(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM passport_version WHERE passport_id = ? AND version_no = ?",
        PassportRepository::version,
        passportId,
        versionNo);
  }

  /**
   * Every version of a passport.
   *
   * @param passportId the passport
   * @return the versions, oldest first
   */
  public List<VersionRow> versions(long passportId) {
    return jdbc.query(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM passport_version WHERE passport_id = ? ORDER BY version_no",
        PassportRepository::version,
        passportId);
  }

  boolean updateDraft(long versionId, String document) {
    return jdbc.update(
            "UPDATE passport_version SET document = ? WHERE id = ? AND status = ?",
            document,
            versionId,
            Status.DRAFT.name())
        == 1;
  }

  boolean publishVersion(
      long versionId, String document, Instant publishedAt, int seq, String prevHash, String hash) {
    return jdbc.update(
            "UPDATE passport_version SET status = ?, document = ?, published_at = ?, chain_seq = ?, prev_hash = ?,"
                + " entry_hash = ? WHERE id = ? AND status = ?",
            Status.PUBLISHED.name(),
            document,
            Times.toDb(publishedAt),
            seq,
            prevHash,
            hash,
            versionId,
            Status.DRAFT.name())
        == 1;
  }

  void setVersionStatus(long passportId, int versionNo, Status status) {
    jdbc.update(
        "UPDATE passport_version SET status = ? WHERE passport_id = ? AND version_no = ?",
        status.name(),
        passportId,
        versionNo);
  }

  void insertEvent(
      long passportId,
      int seq,
      CustodyEvent event,
      Instant recordedAt,
      long personId,
      String prevHash,
      String hash) {
    jdbc.insert(
        "INSERT INTO passport_event (passport_id, chain_seq, event_type, occurred_at, country, place, actor, note,"
            + " inputs, recorded_at, recorded_by, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        passportId,
        seq,
        event.type().name(),
        Times.toDb(event.occurredAt()),
        event.country(),
        event.place(),
        event.actor(),
        event.note(),
        String.join("\n", event.inputs()),
        Times.toDb(recordedAt),
        personId,
        prevHash,
        hash);
  }

  /**
   * The events of a passport.
   *
   * @param passportId the passport
   * @return the events in chain order
   */
  public List<EventRow> events(long passportId) {
    return jdbc.query(
        "SELECT " + EVENT_COLUMNS + " FROM passport_event WHERE passport_id = ? ORDER BY chain_seq",
        PassportRepository::event,
        passportId);
  }

  void logAccess(long passportId, Viewer viewer, Tier tier, Instant now) {
    jdbc.insert(
        "INSERT INTO passport_access_log (passport_id, person_id, organisation_id, tier, channel, read_at) VALUES (?, ?, ?, ?, ?, ?)",
        passportId,
        viewer.personId(),
        viewer.organisationId(),
        tier.name(),
        viewer.channel(),
        Times.toDb(now));
  }

  /**
   * The latest restricted reads of a passport.
   *
   * @param passportId the passport
   * @param limit at most this many
   * @return the reads, newest first
   */
  public List<AccessEntry> accessLog(long passportId, int limit) {
    return jdbc.query(
        "SELECT read_at, organisation_id, tier, channel FROM passport_access_log WHERE passport_id = ?"
            + " ORDER BY read_at DESC, id DESC LIMIT ?",
        row ->
            new AccessEntry(
                Times.fromDb(row, "read_at"),
                row.getLong("organisation_id"),
                null,
                Tier.valueOf(row.getString("tier")),
                row.getString("channel")),
        passportId,
        limit);
  }

  private static PassportRow passport(ResultSet row) throws SQLException {
    long successor = row.getLong("successor_id");
    return new PassportRow(
        row.getLong("id"),
        new Identifier(
            row.getString("gtin"), row.getString("batch_no"), row.getString("serial_no")),
        Granularity.valueOf(row.getString("granularity")),
        row.getLong("operator_org_id"),
        Status.valueOf(row.getString("status")),
        row.getString("status_note"),
        row.getInt("current_version"),
        row.getInt("latest_version"),
        successor == 0 ? null : successor,
        row.getInt("chain_length"),
        row.getString("chain_head"),
        Times.fromDb(row, "created_at"),
        Times.fromDb(row, "updated_at"));
  }

  private static VersionRow version(ResultSet row) throws SQLException {
    int seq = row.getInt("chain_seq");
    Integer chainSeq = row.wasNull() ? null : seq;
    return new VersionRow(
        row.getLong("id"),
        row.getLong("passport_id"),
        row.getInt("version_no"),
        Status.valueOf(row.getString("status")),
        row.getString("document"),
        Times.fromDb(row, "created_at"),
        row.getLong("created_by"),
        Times.fromDb(row, "published_at"),
        chainSeq,
        row.getString("prev_hash"),
        row.getString("entry_hash"));
  }

  private static EventRow event(ResultSet row) throws SQLException {
    String inputs = row.getString("inputs");
    CustodyEvent event =
        new CustodyEvent(
            EventType.valueOf(row.getString("event_type")),
            Times.fromDb(row, "occurred_at"),
            row.getString("country"),
            row.getString("place"),
            row.getString("actor"),
            row.getString("note"),
            inputs.isEmpty() ? List.of() : Arrays.asList(inputs.split("\n")));
    return new EventRow(
        row.getLong("id"),
        row.getLong("passport_id"),
        row.getInt("chain_seq"),
        event,
        Times.fromDb(row, "recorded_at"),
        row.getLong("recorded_by"),
        row.getString("prev_hash"),
        row.getString("entry_hash"));
  }
}
