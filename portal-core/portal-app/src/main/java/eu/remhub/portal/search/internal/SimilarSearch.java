package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchHit;
import eu.remhub.portal.api.service.SimilarQuery;
import eu.remhub.portal.runtime.search.SimilarText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "More like this" for a plugin ({@code SearchIndex.similar}): only the documents the plugin owns
 * in the index, of the types asked, whatever their visibility, without the excluded ids. Removed
 * documents are deleted from the index and never answered.
 */
final class SimilarSearch {

  private final SimilarText similar =
      new SimilarText(
          IndexSchema.analyzer(),
          new SimilarText.Fields(IndexSchema.TITLE, IndexSchema.TAGS, IndexSchema.BODY));

  /**
   * @param pluginId the plugin asking
   * @param types the types to look in, all of them the plugin's
   */
  List<SearchHit> similar(IndexReader reader, String pluginId, Set<String> types, SimilarQuery q) {
    if (types.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder ofTypes = new BooleanQuery.Builder();
    types.forEach(t -> ofTypes.add(new TermQuery(new Term(IndexSchema.TYPE, t)), Occur.SHOULD));
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.PLUGIN, pluginId)), Occur.FILTER)
            .add(ofTypes.build(), Occur.FILTER);
    for (String id : q.exclude()) {
      types.forEach(t -> filter.add(new TermQuery(DocumentMapper.key(t, id)), Occur.MUST_NOT));
    }
    Query owned = filter.build();
    try {
      StoredFields stored = reader.storedFields();
      List<SearchHit> hits = new ArrayList<>();
      for (SimilarText.Match match : similar.find(reader, q.text(), owned, q.limit())) {
        Document d = stored.document(match.doc());
        hits.add(
            new SearchHit(
                d.get(IndexSchema.TYPE),
                d.get(IndexSchema.ID),
                d.get(IndexSchema.TITLE),
                match.score()));
      }
      return List.copyOf(hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
