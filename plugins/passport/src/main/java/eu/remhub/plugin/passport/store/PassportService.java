package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.PassportValidator;
import eu.remhub.plugin.passport.model.Problem;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.portal.api.PluginContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Changes passports: create and edit drafts, publish, withdraw, supersede, record events. Every
 * change checks the caller's right on the server, validates, runs in one transaction with its
 * search update and audit entry, and extends the hash chain where it publishes or records.
 *
 * <p>A published version never changes: editing a published passport starts a new draft version,
 * and publishing that supersedes the version before. Thread-safe; two changes racing for the same
 * chain position end with one of them refused.
 */
public final class PassportService {

  private final PluginContext context;
  private final PassportRepository repository;
  private final AccessPolicy policy;

  /**
   * Creates the service.
   *
   * @param context the plugin context
   */
  public PassportService(PluginContext context) {
    this.context = context;
    this.repository = new PassportRepository(context.jdbc());
    this.policy = new AccessPolicy(context.entitlements());
  }

  /**
   * Creates a passport with a first draft version.
   *
   * @param viewer who creates it
   * @param operatorOrganisationId the responsible organisation
   * @param identifier the Digital Link identifier
   * @param granularity model, batch or item
   * @param content the first version's content
   * @return the new passport's id
   */
  public long create(
      Viewer viewer,
      long operatorOrganisationId,
      Identifier identifier,
      Granularity granularity,
      PassportContent content) {
    requireManage(viewer, operatorOrganisationId);
    Identifier normal = identifier.normalised();
    List<Problem> problems = new ArrayList<>(identifier.problems(granularity));
    problems.addAll(PassportValidator.problems(content));
    if (context.organisations().find(operatorOrganisationId).isEmpty()) {
      problems.add(
          new Problem("operator", "there is no member organisation " + operatorOrganisationId));
    }
    repository
        .find(normal)
        .ifPresent(
            existing ->
                problems.add(
                    new Problem(
                        "identifier",
                        "passport "
                            + existing.id()
                            + " already has the identifier "
                            + normal.digitalLinkPath())));
    if (!problems.isEmpty()) {
      throw new InvalidPassportException(problems);
    }
    Instant now = now();
    return repository
        .jdbc()
        .inTransaction(
            () -> {
              long id = repository.insertPassport(normal, granularity, operatorOrganisationId, now);
              repository.insertVersion(id, 1, PassportJson.write(content), now, viewer.personId());
              context.audit().record("passport.created", target(id), normal.digitalLinkPath());
              return id;
            });
  }

  /**
   * Saves content as the passport's draft: into the open draft, or as a new version when the newest
   * one is published.
   *
   * @param viewer who edits
   * @param passportId the passport
   * @param content the content
   * @return the draft's version number
   */
  public int saveDraft(Viewer viewer, long passportId, PassportContent content) {
    PassportRow passport = editable(viewer, passportId);
    List<Problem> problems = PassportValidator.problems(content);
    if (!problems.isEmpty()) {
      throw new InvalidPassportException(problems);
    }
    String document = PassportJson.write(content);
    Instant now = now();
    return repository
        .jdbc()
        .inTransaction(
            () -> {
              VersionRow latest =
                  repository.version(passportId, passport.latestVersion()).orElseThrow();
              int versionNo = latest.versionNo();
              if (latest.status() == Status.DRAFT) {
                if (!repository.updateDraft(latest.id(), document)) {
                  throw new PassportStateException(
                      "Version "
                          + versionNo
                          + " was published meanwhile; edit again to start a new version");
                }
              } else {
                versionNo++;
                repository.insertVersion(passportId, versionNo, document, now, viewer.personId());
                repository.setLatestVersion(passportId, versionNo, now);
              }
              context
                  .audit()
                  .record("passport.draft-saved", target(passportId), "version " + versionNo);
              return versionNo;
            });
  }

  /**
   * Publishes the passport's draft: it enters the hash chain, becomes the version in force and
   * supersedes the one before; the passport becomes searchable.
   *
   * @param viewer who publishes
   * @param passportId the passport
   * @return the published version number
   */
  public int publish(Viewer viewer, long passportId) {
    editable(viewer, passportId);
    return repository
        .jdbc()
        .inTransaction(
            () -> {
              PassportRow passport =
                  repository
                      .find(passportId)
                      .orElseThrow(() -> new PassportNotFoundException(passportId));
              VersionRow draft =
                  repository.version(passportId, passport.latestVersion()).orElseThrow();
              if (draft.status() != Status.DRAFT) {
                throw new PassportStateException(
                    "Version "
                        + draft.versionNo()
                        + " is published already; edit the passport to start version "
                        + (draft.versionNo() + 1));
              }
              PassportContent content = PassportJson.read(draft.document(), PassportContent.class);
              List<Problem> problems = PassportValidator.problems(content);
              if (!problems.isEmpty()) {
                throw new InvalidPassportException(problems);
              }
              String document = PassportJson.write(content);
              Instant now = now();
              int seq = passport.chainLength() + 1;
              String previous =
                  passport.chainLength() == 0 ? HashChain.GENESIS : passport.chainHead();
              String hash =
                  HashChain.versionHash(
                      previous, passportId, seq, draft.versionNo(), now, document);
              if (!repository.publishVersion(draft.id(), document, now, seq, previous, hash)) {
                throw new PassportStateException(
                    "Version " + draft.versionNo() + " was published meanwhile");
              }
              if (passport.currentVersion() > 0) {
                repository.setVersionStatus(
                    passportId, passport.currentVersion(), Status.SUPERSEDED);
              }
              advance(passport, seq, hash, now);
              repository.setPublished(passportId, draft.versionNo(), now);
              context
                  .search()
                  .publish(
                      SearchDocuments.of(
                          passport, Status.PUBLISHED, content, operator(passport), now));
              context
                  .audit()
                  .record(
                      "passport.published",
                      target(passportId),
                      "version " + draft.versionNo() + ", hash " + hash);
              return draft.versionNo();
            });
  }

  /**
   * Withdraws a passport: it stays readable as withdrawn, leaves the search and takes no more
   * changes.
   *
   * @param viewer who withdraws
   * @param passportId the passport
   * @param reason why, shown with the passport
   */
  public void withdraw(Viewer viewer, long passportId, String reason) {
    PassportRow passport = editable(viewer, passportId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidPassportException("reason", "say why the passport is withdrawn");
    }
    String note = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
    Instant now = now();
    repository
        .jdbc()
        .inTransaction(
            () -> {
              if (passport.currentVersion() > 0) {
                repository.setVersionStatus(
                    passportId, passport.currentVersion(), Status.WITHDRAWN);
              }
              repository.setStatus(passportId, Status.WITHDRAWN, note, passport.successorId(), now);
              context.search().remove(SearchDocuments.TYPE, Long.toString(passportId));
              context.audit().record("passport.withdrawn", target(passportId), note);
              return null;
            });
  }

  /**
   * Marks a published passport as superseded by another, such as the passport of a remanufactured
   * product; readers are pointed to the successor.
   *
   * @param viewer who supersedes
   * @param passportId the passport
   * @param successorId the passport that takes its place
   */
  public void supersede(Viewer viewer, long passportId, long successorId) {
    PassportRow passport = editable(viewer, passportId);
    if (passport.status() != Status.PUBLISHED) {
      throw new PassportStateException(
          "Only a published passport can be superseded; passport "
              + passportId
              + " is "
              + passport.status().name().toLowerCase(Locale.ROOT));
    }
    PassportRow successor =
        repository
            .find(successorId)
            .orElseThrow(
                () ->
                    new InvalidPassportException(
                        "successorId", "there is no passport " + successorId));
    if (successorId == passportId
        || successor.currentVersion() == 0
        || successor.status() != Status.PUBLISHED) {
      throw new InvalidPassportException(
          "successorId", "the successor must be another passport, and published");
    }
    Instant now = now();
    repository
        .jdbc()
        .inTransaction(
            () -> {
              repository.setVersionStatus(passportId, passport.currentVersion(), Status.SUPERSEDED);
              repository.setStatus(
                  passportId,
                  Status.SUPERSEDED,
                  "Superseded by passport " + successorId,
                  successorId,
                  now);
              VersionRow current =
                  repository.version(passportId, passport.currentVersion()).orElseThrow();
              PassportContent content =
                  PassportJson.read(current.document(), PassportContent.class);
              context
                  .search()
                  .publish(
                      SearchDocuments.of(
                          passport, Status.SUPERSEDED, content, operator(passport), now));
              context
                  .audit()
                  .record("passport.superseded", target(passportId), "by passport " + successorId);
              return null;
            });
  }

  /**
   * Records a chain-of-custody event; it enters the hash chain.
   *
   * @param viewer who records it
   * @param passportId the passport
   * @param event the event
   * @return the event's place in the chain
   */
  public int recordEvent(Viewer viewer, long passportId, CustodyEvent event) {
    PassportRow checked = require(passportId);
    requireManage(viewer, checked.operatorOrganisationId());
    if (checked.status() == Status.WITHDRAWN) {
      throw new PassportStateException(
          "Passport " + passportId + " is withdrawn and takes no more events");
    }
    Instant now = now();
    CustodyEvent stored =
        new CustodyEvent(
            event.type(),
            event.occurredAt() == null ? null : Times.stored(event.occurredAt()),
            event.country(),
            event.place(),
            event.actor(),
            event.note(),
            event.inputs());
    List<Problem> problems = PassportValidator.problems(stored, now);
    if (!problems.isEmpty()) {
      throw new InvalidPassportException(problems);
    }
    return repository
        .jdbc()
        .inTransaction(
            () -> {
              PassportRow passport = require(passportId);
              int seq = passport.chainLength() + 1;
              String previous =
                  passport.chainLength() == 0 ? HashChain.GENESIS : passport.chainHead();
              String hash = HashChain.eventHash(previous, passportId, seq, stored, now);
              repository.insertEvent(
                  passportId, seq, stored, now, viewer.personId(), previous, hash);
              advance(passport, seq, hash, now);
              context
                  .audit()
                  .record(
                      "passport.event-recorded",
                      target(passportId),
                      stored.type() + " at " + stored.occurredAt());
              return seq;
            });
  }

  /**
   * Checks a passport's hash chain.
   *
   * @param passportId the passport
   * @return the result
   */
  public ChainCheck verify(long passportId) {
    PassportRow passport = require(passportId);
    return ChainVerifier.verify(
        passport, repository.versions(passportId), repository.events(passportId));
  }

  /**
   * The newest content of a passport, draft or published, for its editor.
   *
   * @param viewer an owner or authority
   * @param passportId the passport
   * @return the passport row and the newest version
   */
  public Editable forEditing(Viewer viewer, long passportId) {
    PassportRow passport = require(passportId);
    requireManage(viewer, passport.operatorOrganisationId());
    VersionRow latest = repository.version(passportId, passport.latestVersion()).orElseThrow();
    return new Editable(
        passport, latest, PassportJson.read(latest.document(), PassportContent.class));
  }

  /**
   * A passport as its editor opens it.
   *
   * @param passport the passport
   * @param version its newest version
   * @param content that version's content
   */
  public record Editable(PassportRow passport, VersionRow version, PassportContent content) {}

  /**
   * The repository behind the service, for reads.
   *
   * @return the repository
   */
  public PassportRepository repository() {
    return repository;
  }

  private void advance(PassportRow passport, int seq, String hash, Instant now) {
    if (!repository.advanceChain(passport.id(), passport.chainLength(), seq, hash, now)) {
      throw new PassportStateException(
          "Passport " + passport.id() + " changed meanwhile; try again");
    }
  }

  private PassportRow editable(Viewer viewer, long passportId) {
    PassportRow passport = require(passportId);
    requireManage(viewer, passport.operatorOrganisationId());
    if (passport.status() == Status.WITHDRAWN || passport.status() == Status.SUPERSEDED) {
      throw new PassportStateException(
          "Passport "
              + passportId
              + " is "
              + passport.status().name().toLowerCase(Locale.ROOT)
              + " and can no longer change");
    }
    return passport;
  }

  private PassportRow require(long passportId) {
    return repository.find(passportId).orElseThrow(() -> new PassportNotFoundException(passportId));
  }

  private void requireManage(Viewer viewer, long operatorOrganisationId) {
    if (!policy.mayManage(viewer, operatorOrganisationId)) {
      throw new PassportAccessDeniedException(
          "Only people of the responsible organisation who hold "
              + AccessPolicy.MANAGE
              + ", and hub staff, may change its passports");
    }
  }

  private OperatorInfo operator(PassportRow passport) {
    return OperatorInfo.of(
        passport.operatorOrganisationId(),
        context.organisations().find(passport.operatorOrganisationId()));
  }

  private Instant now() {
    return Times.stored(context.clock().instant());
  }

  private static String target(long passportId) {
    return "passport:" + passportId;
  }
}
