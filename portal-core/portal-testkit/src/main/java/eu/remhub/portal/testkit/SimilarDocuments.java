package eu.remhub.portal.testkit;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.SearchHit;
import eu.remhub.portal.api.service.SimilarQuery;
import eu.remhub.portal.runtime.search.SimilarText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Answers {@link SimilarQuery}s over the documents a test plugin has in its {@link
 * RecordingSearchIndex}, with the portal's "more like this" ({@link SimilarText}) over a Lucene
 * index built in memory for each question: scores from 0 to 1, only the types asked, the excluded
 * ids left out.
 */
final class SimilarDocuments {

  private static final String OWNER = "owner";
  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String TAGS = "tags";
  private static final String BODY = "body";

  private SimilarDocuments() {}

  static List<SearchHit> find(Collection<SearchDocument> documents, SimilarQuery query) {
    EnglishAnalyzer analyzer = new EnglishAnalyzer();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (SearchDocument doc : documents) {
          writer.addDocument(lucene(doc));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        SimilarText similar = new SimilarText(analyzer, new SimilarText.Fields(TITLE, TAGS, BODY));
        StoredFields stored = reader.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (SimilarText.Match match :
            similar.find(reader, query.text(), filter(query), query.limit())) {
          Document d = stored.document(match.doc());
          hits.add(new SearchHit(d.get(TYPE), d.get(ID), d.get(TITLE), match.score()));
        }
        return List.copyOf(hits);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document lucene(SearchDocument doc) {
    Document d = new Document();
    d.add(new StringField(OWNER, OWNER, Field.Store.NO));
    d.add(new StringField(TYPE, doc.type(), Field.Store.YES));
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    if (!doc.tags().isEmpty()) {
      d.add(new TextField(TAGS, String.join(" ; ", doc.tags()), Field.Store.NO));
    }
    d.add(new TextField(BODY, doc.body(), Field.Store.NO));
    return d;
  }

  private static Query filter(SimilarQuery query) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    // Every document of the test plugin carries the owner field; the compared text does not.
    filter.add(new TermQuery(new Term(OWNER, OWNER)), BooleanClause.Occur.FILTER);
    if (!query.types().isEmpty()) {
      BooleanQuery.Builder types = new BooleanQuery.Builder();
      for (String type : query.types()) {
        types.add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.SHOULD);
      }
      filter.add(types.build(), BooleanClause.Occur.FILTER);
    }
    for (String id : query.exclude()) {
      filter.add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.MUST_NOT);
    }
    return filter.build();
  }
}
