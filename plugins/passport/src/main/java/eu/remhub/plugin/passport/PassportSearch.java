package eu.remhub.plugin.passport;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.OperatorInfo;
import eu.remhub.plugin.passport.store.PassportRepository;
import eu.remhub.plugin.passport.store.PassportRow;
import eu.remhub.plugin.passport.store.SearchDocuments;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.service.SearchDocument;
import java.util.List;
import java.util.function.Consumer;
import org.pf4j.Extension;

/**
 * Passports in the portal's search: the version in force of every published or superseded passport,
 * public fields only. Drafts and withdrawn passports are not searchable.
 */
@Extension
public class PassportSearch implements SearchDocumentContributor {

  private final PluginContext context;

  /**
   * Creates the contributor.
   *
   * @param context the plugin context
   */
  public PassportSearch(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "passport-search";
  }

  @Override
  public List<String> types() {
    return List.of(SearchDocuments.TYPE);
  }

  @Override
  public void allDocuments(Consumer<SearchDocument> sink) {
    PassportRepository repository = new PassportRepository(context.jdbc());
    for (PassportRow passport : repository.all()) {
      if (passport.currentVersion() == 0
          || passport.status() == Status.WITHDRAWN
          || passport.status() == Status.DRAFT) {
        continue;
      }
      repository
          .version(passport.id(), passport.currentVersion())
          .ifPresent(
              version ->
                  sink.accept(
                      SearchDocuments.of(
                          passport,
                          passport.status(),
                          PassportJson.read(version.document(), PassportContent.class),
                          OperatorInfo.of(
                              passport.operatorOrganisationId(),
                              context.organisations().find(passport.operatorOrganisationId())),
                          version.publishedAt())));
    }
  }
}
