package eu.remhub.portal.member;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.search.SearchDocumentFeed;
import eu.remhub.portal.search.SearchOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Organisations as search documents: written to the search outbox when one changes, and all of them
 * for a rebuild of the index. A document carries public fields only; approved organisations are
 * found by everybody, others by their own people and staff.
 */
@Component
class OrganisationDocuments implements SearchDocumentFeed {

  static final String SEARCH_TYPE = "organisation";

  private final JdbcOrganisations store;
  private final SearchOutbox search;

  OrganisationDocuments(JdbcOrganisations store, SearchOutbox search) {
    this.store = store;
    this.search = search;
  }

  /**
   * Writes the organisation's search document into the search outbox, in the caller's transaction.
   * It carries public fields only; approved organisations are found by everybody, others by their
   * own people and staff.
   */
  void publish(long id) {
    OrganisationProfile full = store.find(id).orElseThrow();
    if (OrganisationProfile.ERASED.equals(full.status())) {
      search.remove(SEARCH_TYPE, Long.toString(id));
      return;
    }
    search.publish(document(full));
  }

  /**
   * The search document of every organisation that is not erased, for a rebuild of the search
   * index.
   */
  @Override
  public void forEach(Consumer<SearchDocument> sink) {
    store.allButErased().forEach(o -> sink.accept(document(o)));
  }

  @Override
  public long count() {
    return store.allButErased().size();
  }

  /** The document of an organisation: public fields only, as a visitor sees them. */
  static SearchDocument document(OrganisationProfile full) {
    OrganisationProfile p = full.seenBy(Audience.VISITOR);
    List<String> tags = new ArrayList<>();
    Map<String, List<String>> facets = new LinkedHashMap<>();
    if (p.segments() != null && !p.segments().isEmpty()) {
      p.segments().forEach(s -> tags.add(s.name()));
      facets.put("segment", p.segments().stream().map(Enum::name).toList());
    }
    if (p.materials() != null && !p.materials().isEmpty()) {
      p.materials().forEach(m -> tags.add(m.label()));
      facets.put("material", p.materials().stream().map(Material::label).toList());
    }
    if (p.country() != null) {
      facets.put("country", List.of(p.country()));
    }
    String body = String.join("\n", nz(p.legalName()), nz(p.city()), nz(p.description())).strip();
    Visibility visibility =
        full.approved() ? Visibility.everyone() : Visibility.organisation(full.id());
    return new SearchDocument(
        SEARCH_TYPE,
        Long.toString(full.id()),
        full.shortName(),
        tags,
        body,
        "/organisations/" + full.id(),
        visibility,
        facets,
        Instant.now());
  }

  /** Removes an organisation's document, in the caller's transaction. */
  void remove(long id) {
    search.remove(SEARCH_TYPE, Long.toString(id));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
