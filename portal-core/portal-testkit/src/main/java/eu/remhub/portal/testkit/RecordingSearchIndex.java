package eu.remhub.portal.testkit;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.SearchHit;
import eu.remhub.portal.api.service.SearchIndex;
import eu.remhub.portal.api.service.SimilarQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SearchIndex} that keeps what a plugin published, for assertions.
 *
 * <p>Like the portal's index, it applies a change made inside {@link TestPluginJdbc#inTransaction}
 * only when that transaction commits, and forgets it when the transaction rolls back; outside a
 * transaction a change applies at once. The portal accepts only the document types that the
 * plugin's {@code SearchDocumentContributor} declares; once a test {@linkplain #declareTypes
 * declares types}, this index refuses other types the same way. {@link #similar} ranks the
 * documents in the index now with the portal's "more like this", over a Lucene index built in
 * memory. Thread-safe.
 *
 * @since 1.0.0
 */
public final class RecordingSearchIndex implements SearchIndex {

  private final TestPluginJdbc jdbc;
  private final Map<String, SearchDocument> documents = new LinkedHashMap<>();
  private final List<SearchDocument> published = new ArrayList<>();
  private final Set<String> declaredTypes = ConcurrentHashMap.newKeySet();

  RecordingSearchIndex(TestPluginJdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Declares the document types the plugin owns, as its {@code SearchDocumentContributor#types()}
   * does in the portal; from then on other types are refused.
   *
   * @param types the type names
   */
  public void declareTypes(Collection<String> types) {
    declaredTypes.addAll(types);
  }

  @Override
  public void publish(SearchDocument document) {
    Objects.requireNonNull(document, "document");
    checkDeclared(document.type());
    jdbc.afterCommit(
        () -> {
          synchronized (this) {
            documents.put(key(document.type(), document.id()), document);
            published.add(document);
          }
        });
  }

  @Override
  public void remove(String type, String id) {
    checkDeclared(type);
    jdbc.afterCommit(
        () -> {
          synchronized (this) {
            documents.remove(key(type, id));
          }
        });
  }

  /**
   * The documents in the index now whose text is most alike to the query's, as the portal ranks
   * them (scores from 0 to 1). A type the plugin did not declare is refused, once types are
   * declared.
   *
   * @since 1.1.0
   */
  @Override
  public List<SearchHit> similar(SimilarQuery query) {
    Objects.requireNonNull(query, "query");
    query.types().forEach(this::checkDeclared);
    return SimilarDocuments.find(documents(), query);
  }

  /**
   * The documents in the index now: every published document not replaced or removed since.
   *
   * @return the documents, in order of first publication
   */
  public synchronized List<SearchDocument> documents() {
    return List.copyOf(documents.values());
  }

  /**
   * The document with a type and id, if it is in the index now.
   *
   * @param type the document type
   * @param id the document id
   * @return the document
   */
  public synchronized Optional<SearchDocument> document(String type, String id) {
    return Optional.ofNullable(documents.get(key(type, id)));
  }

  /**
   * Every document published (and committed), replaced ones included, in order.
   *
   * @return the publications
   */
  public synchronized List<SearchDocument> published() {
    return List.copyOf(published);
  }

  private void checkDeclared(String type) {
    if (!declaredTypes.isEmpty() && !declaredTypes.contains(type)) {
      throw new IllegalArgumentException(
          "The plugin did not declare the search document type '" + type + "'");
    }
  }

  private static String key(String type, String id) {
    return type + '\u0000' + id;
  }
}
