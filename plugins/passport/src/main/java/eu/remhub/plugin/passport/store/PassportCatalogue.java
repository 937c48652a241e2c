package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.portal.api.PluginContext;
import java.util.List;
import java.util.Optional;

/** Lists of passports: the public registry, and an organisation's own passports for its owners. */
public final class PassportCatalogue {

  private static final int REGISTRY_SIZE = 500;

  private final PluginContext context;
  private final PassportRepository repository;
  private final AccessPolicy policy;

  /**
   * Creates the catalogue.
   *
   * @param context the plugin context
   */
  public PassportCatalogue(PluginContext context) {
    this.context = context;
    this.repository = new PassportRepository(context.jdbc());
    this.policy = new AccessPolicy(context.entitlements());
  }

  /**
   * The passports that have been published, newest change first, the version in force described.
   *
   * @return the lines
   */
  public List<PassportSummary> published() {
    return repository.published(REGISTRY_SIZE).stream()
        .map(row -> summary(row, row.currentVersion()))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The passports a caller manages, drafts included, the newest version described: their own
   * organisation's, or every passport for staff.
   *
   * @param viewer the caller
   * @return the lines; empty for callers who manage none
   */
  public List<PassportSummary> managedBy(Viewer viewer) {
    if (!policy.managesAny(viewer)) {
      return List.of();
    }
    List<PassportRow> rows =
        viewer.staff() ? repository.all() : repository.ofOperator(viewer.organisationId());
    return rows.stream()
        .map(row -> summary(row, row.latestVersion()))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Whether a caller manages passports at all.
   *
   * @param viewer the caller
   * @return true for owners of some organisation and staff
   */
  public boolean managesAny(Viewer viewer) {
    return policy.managesAny(viewer);
  }

  private Optional<PassportSummary> summary(PassportRow row, int versionNo) {
    return repository
        .version(row.id(), versionNo)
        .map(
            version -> {
              PassportContent content =
                  PassportJson.read(version.document(), PassportContent.class);
              String product =
                  content.hostProduct() == null || content.hostProduct().category() == null
                      ? ""
                      : content.hostProduct().category().label();
              String operator =
                  OperatorInfo.of(
                          row.operatorOrganisationId(),
                          context.organisations().find(row.operatorOrganisationId()))
                      .name();
              return new PassportSummary(
                  row.id(),
                  row.identifier().digitalLinkPath(),
                  String.join(", ", content.materials()),
                  product,
                  operator,
                  row.status(),
                  versionNo,
                  row.updatedAt());
            });
  }
}
