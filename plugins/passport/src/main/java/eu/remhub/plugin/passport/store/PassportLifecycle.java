package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.PassportValidator;
import eu.remhub.plugin.passport.model.Problem;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.portal.api.PluginContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Changes of a passport's standing and its hash chain: publishing a draft (which supersedes the
 * version before and makes the passport searchable), withdrawing, superseding by another passport,
 * and recording chain-of-custody events. Publishing and recording extend the hash chain.
 */
final class PassportLifecycle {

  private final PluginContext context;
  private final PassportRepository repository;
  private final ChangeContext change;

  PassportLifecycle(PluginContext context, PassportRepository repository, ChangeContext change) {
    this.context = context;
    this.repository = repository;
    this.change = change;
  }

  int publish(Viewer viewer, long passportId) {
    change.editable(viewer, passportId);
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
              Instant now = change.now();
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
              change.advance(passport, seq, hash, now);
              repository.setPublished(passportId, draft.versionNo(), now);
              context
                  .search()
                  .publish(
                      SearchDocuments.of(
                          passport, Status.PUBLISHED, content, change.operator(passport), now));
              context
                  .audit()
                  .record(
                      "passport.published",
                      ChangeContext.target(passportId),
                      "version " + draft.versionNo() + ", hash " + hash);
              return draft.versionNo();
            });
  }

  void withdraw(Viewer viewer, long passportId, String reason) {
    PassportRow passport = change.editable(viewer, passportId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidPassportException("reason", "say why the passport is withdrawn");
    }
    String note = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
    Instant now = change.now();
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
              context.audit().record("passport.withdrawn", ChangeContext.target(passportId), note);
              return null;
            });
  }

  void supersede(Viewer viewer, long passportId, long successorId) {
    PassportRow passport = change.editable(viewer, passportId);
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
    Instant now = change.now();
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
                          passport, Status.SUPERSEDED, content, change.operator(passport), now));
              context
                  .audit()
                  .record(
                      "passport.superseded",
                      ChangeContext.target(passportId),
                      "by passport " + successorId);
              return null;
            });
  }

  int recordEvent(Viewer viewer, long passportId, CustodyEvent event) {
    PassportRow checked = change.require(passportId);
    change.requireManage(viewer, checked.operatorOrganisationId());
    if (checked.status() == Status.WITHDRAWN) {
      throw new PassportStateException(
          "Passport " + passportId + " is withdrawn and takes no more events");
    }
    Instant now = change.now();
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
              PassportRow passport = change.require(passportId);
              int seq = passport.chainLength() + 1;
              String previous =
                  passport.chainLength() == 0 ? HashChain.GENESIS : passport.chainHead();
              String hash = HashChain.eventHash(previous, passportId, seq, stored, now);
              repository.insertEvent(
                  passportId, seq, stored, now, viewer.personId(), previous, hash);
              change.advance(passport, seq, hash, now);
              context
                  .audit()
                  .record(
                      "passport.event-recorded",
                      ChangeContext.target(passportId),
                      stored.type() + " at " + stored.occurredAt());
              return seq;
            });
  }
}
