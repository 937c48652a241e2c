package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.portal.api.PluginContext;

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

  private final PassportRepository repository;
  private final ChangeContext change;
  private final PassportDrafts drafts;
  private final PassportLifecycle lifecycle;

  /**
   * Creates the service.
   *
   * @param context the plugin context
   */
  public PassportService(PluginContext context) {
    this.repository = new PassportRepository(context.jdbc());
    this.change = new ChangeContext(context, repository, new AccessPolicy(context.entitlements()));
    this.drafts = new PassportDrafts(context, repository, change);
    this.lifecycle = new PassportLifecycle(context, repository, change);
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
    return drafts.create(viewer, operatorOrganisationId, identifier, granularity, content);
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
    return drafts.saveDraft(viewer, passportId, content);
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
    return lifecycle.publish(viewer, passportId);
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
    lifecycle.withdraw(viewer, passportId, reason);
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
    lifecycle.supersede(viewer, passportId, successorId);
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
    return lifecycle.recordEvent(viewer, passportId, event);
  }

  /**
   * Checks a passport's hash chain.
   *
   * @param passportId the passport
   * @return the result
   */
  public ChainCheck verify(long passportId) {
    PassportRow passport = change.require(passportId);
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
    return drafts.forEditing(viewer, passportId);
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
}
