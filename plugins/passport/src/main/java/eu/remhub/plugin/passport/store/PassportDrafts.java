package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.json.PassportJson;
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

/**
 * Drafts: a new passport with its first draft version, content saved into the open draft or into a
 * new version after a published one, and the newest content opened for editing.
 */
final class PassportDrafts {

  private final PluginContext context;
  private final PassportRepository repository;
  private final ChangeContext change;

  PassportDrafts(PluginContext context, PassportRepository repository, ChangeContext change) {
    this.context = context;
    this.repository = repository;
    this.change = change;
  }

  long create(
      Viewer viewer,
      long operatorOrganisationId,
      Identifier identifier,
      Granularity granularity,
      PassportContent content) {
    change.requireManage(viewer, operatorOrganisationId);
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
    Instant now = change.now();
    return repository
        .jdbc()
        .inTransaction(
            () -> {
              long id = repository.insertPassport(normal, granularity, operatorOrganisationId, now);
              repository.insertVersion(id, 1, PassportJson.write(content), now, viewer.personId());
              context
                  .audit()
                  .record("passport.created", ChangeContext.target(id), normal.digitalLinkPath());
              return id;
            });
  }

  int saveDraft(Viewer viewer, long passportId, PassportContent content) {
    PassportRow passport = change.editable(viewer, passportId);
    List<Problem> problems = PassportValidator.problems(content);
    if (!problems.isEmpty()) {
      throw new InvalidPassportException(problems);
    }
    String document = PassportJson.write(content);
    Instant now = change.now();
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
                  .record(
                      "passport.draft-saved",
                      ChangeContext.target(passportId),
                      "version " + versionNo);
              return versionNo;
            });
  }

  PassportService.Editable forEditing(Viewer viewer, long passportId) {
    PassportRow passport = change.require(passportId);
    change.requireManage(viewer, passport.operatorOrganisationId());
    VersionRow latest = repository.version(passportId, passport.latestVersion()).orElseThrow();
    return new PassportService.Editable(
        passport, latest, PassportJson.read(latest.document(), PassportContent.class));
  }
}
