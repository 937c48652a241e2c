package eu.remhub.portal.member;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.search.SearchDocumentFeed;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Gives search the organisations (all but erased ones) when the index rebuilds. */
@Component
class OrganisationSearchFeed implements SearchDocumentFeed {

  private final OrganisationService organisations;

  OrganisationSearchFeed(OrganisationService organisations) {
    this.organisations = organisations;
  }

  @Override
  public long count() {
    return organisations.searchDocumentCount();
  }

  @Override
  public void forEach(Consumer<SearchDocument> sink) {
    organisations.searchDocuments(sink);
  }
}
