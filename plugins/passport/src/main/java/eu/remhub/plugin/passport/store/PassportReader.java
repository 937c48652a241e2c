package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.model.Tier;
import eu.remhub.portal.api.PluginContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads passports for one caller, filtered to the caller's tier; the page and the API both read
 * through here. Restricted reads are written to the audit log and to the passport's access log.
 */
public final class PassportReader {

  private static final int ACCESS_LOG_SHOWN = 50;

  private final PluginContext context;
  private final PassportRepository repository;
  private final AccessPolicy policy;

  /**
   * Creates the reader.
   *
   * @param context the plugin context
   */
  public PassportReader(PluginContext context) {
    this.context = context;
    this.repository = new PassportRepository(context.jdbc());
    this.policy = new AccessPolicy(context.entitlements());
  }

  /**
   * Reads the version in force (for owners and authorities of a passport never published: the
   * draft).
   *
   * @param viewer the caller
   * @param passportId the passport
   * @return the passport as the caller may see it; empty when there is none the caller may see
   */
  public Optional<PassportDocument> read(Viewer viewer, long passportId) {
    return read(viewer, passportId, OptionalInt.empty());
  }

  /**
   * Reads one version. Published versions, superseded ones included, are public history; drafts are
   * for owners and authorities only.
   *
   * @param viewer the caller
   * @param passportId the passport
   * @param versionNo the version, or empty for the one in force
   * @return the passport as the caller may see it; empty when there is none the caller may see
   */
  public Optional<PassportDocument> read(Viewer viewer, long passportId, OptionalInt versionNo) {
    return read(viewer, passportId, versionNo, true);
  }

  /**
   * Whether the caller may see some version of a passport, without an entry in the access log: it
   * tells a missing version from a missing passport.
   *
   * @param viewer the caller
   * @param passportId the passport
   * @return true when the version in force (or the caller's draft) is there for the caller
   */
  public boolean visible(Viewer viewer, long passportId) {
    return read(viewer, passportId, OptionalInt.empty(), false).isPresent();
  }

  /**
   * Reads the version in force for an export by its owner or an authority, without an entry per
   * passport in the access log: the export writes one audit entry of its own.
   *
   * @param viewer an owner or authority
   * @param passportId the passport
   * @return the full document; empty when there is none or the caller is no owner or authority
   */
  public Optional<PassportDocument> readUnlogged(Viewer viewer, long passportId) {
    return read(viewer, passportId, OptionalInt.empty(), false)
        .filter(document -> document.tier().full());
  }

  private Optional<PassportDocument> read(
      Viewer viewer, long passportId, OptionalInt versionNo, boolean log) {
    Optional<PassportRow> found = repository.find(passportId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PassportRow passport = found.get();
    Tier tier = policy.tier(viewer, passport.operatorOrganisationId());
    int shown =
        versionNo.orElse(
            passport.currentVersion() > 0 ? passport.currentVersion() : passport.latestVersion());
    Optional<VersionRow> version = repository.version(passportId, shown);
    if (version.isEmpty() || (version.get().status() == Status.DRAFT && !tier.full())) {
      return Optional.empty();
    }
    if (log && tier != Tier.PUBLIC) {
      repository.logAccess(passportId, viewer, tier, context.clock().instant());
      // The organisation goes into the detail too: for API tokens it is the only trace of the
      // reader.
      context
          .audit()
          .record(
              "passport.restricted-read",
              "passport:" + passportId,
              tier.name()
                  + " via "
                  + viewer.channel()
                  + (viewer.organisationId() > 0
                      ? ", organisation " + viewer.organisationId()
                      : ""));
    }
    List<VersionRow> versions = repository.versions(passportId);
    List<EventRow> events = repository.events(passportId);
    PassportDocuments.Source source =
        new PassportDocuments.Source(
            passport,
            version.get(),
            PassportJson.read(version.get().document(), PassportContent.class),
            operator(passport.operatorOrganisationId()),
            events,
            ChainVerifier.verify(passport, versions, events),
            versions,
            tier.full() ? accessLog(passportId) : List.of());
    return Optional.of(PassportDocuments.forTier(source, tier));
  }

  /**
   * The tier a caller reads a passport with, without reading it.
   *
   * @param viewer the caller
   * @param passportId the passport
   * @return the tier, or empty when there is no such passport
   */
  public Optional<Tier> tier(Viewer viewer, long passportId) {
    return repository
        .find(passportId)
        .map(passport -> policy.tier(viewer, passport.operatorOrganisationId()));
  }

  /**
   * The passport a Digital Link names.
   *
   * @param identifier the identifier
   * @return the passport id, if there is one
   */
  public Optional<Long> resolve(Identifier identifier) {
    return repository.find(identifier.normalised()).map(PassportRow::id);
  }

  private List<AccessEntry> accessLog(long passportId) {
    return repository.accessLog(passportId, ACCESS_LOG_SHOWN).stream()
        .map(
            entry ->
                new AccessEntry(
                    entry.readAt(),
                    entry.organisationId(),
                    entry.organisationId() == 0
                        ? "hub staff"
                        : operator(entry.organisationId()).name(),
                    entry.tier(),
                    entry.channel()))
        .toList();
  }

  private OperatorInfo operator(long organisationId) {
    return OperatorInfo.of(organisationId, context.organisations().find(organisationId));
  }
}
