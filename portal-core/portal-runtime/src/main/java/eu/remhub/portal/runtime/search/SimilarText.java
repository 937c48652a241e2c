package eu.remhub.portal.runtime.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Finds the documents of an index whose text is most alike to a given text, with scores from 0 to
 * 1.
 *
 * <p>The text is compared field by field (title, tags, body) with Lucene's {@link MoreLikeThis}:
 * its most telling words, weighed by how rare they are in the index, form one query per field, and
 * a document scores by its best field. To turn Lucene's open-ended scores into "how alike, 0 to 1",
 * the text itself is added to the searched reader as one more document (in memory, never written)
 * with the text as its body: its score is what "the same text" gets, and every hit's score is
 * divided by it (and kept at most 1, as a document alike in its title too may score higher).
 * Thread-safe; the reader stays the caller's.
 */
public final class SimilarText {

  /** The most words taken from the text for each field's query. */
  static final int MAX_QUERY_TERMS = 25;

  /**
   * The index's field names for the three texts compared.
   *
   * @param title the title field
   * @param tags the tags field
   * @param body the body field
   */
  public record Fields(String title, String tags, String body) {
    public Fields {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(tags, "tags");
      Objects.requireNonNull(body, "body");
    }

    String[] all() {
      return new String[] {title, tags, body};
    }
  }

  /**
   * A document found: its number in the reader and how alike it is.
   *
   * @param doc the document number in the reader given
   * @param score from 0 (nothing alike) to 1 (the same text)
   */
  public record Match(int doc, double score) {}

  private final Analyzer analyzer;
  private final Fields fields;

  /**
   * Compares texts analysed as the index analyses its fields.
   *
   * @param analyzer the index's analyzer (per field)
   * @param fields the field names
   */
  public SimilarText(Analyzer analyzer, Fields fields) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /**
   * The documents most alike to a text, best first.
   *
   * @param reader the index to search
   * @param text the text to compare with
   * @param filter which documents may be answered (owner, types, exclusions); it must not match a
   *     document that has none of the filter's fields
   * @param limit the most matches
   * @return the matches, best first; empty when the text has no word the index could compare
   */
  public List<Match> find(IndexReader reader, String text, Query filter, int limit) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank() || limit < 1) {
      return List.of();
    }
    try {
      // The text as the body of a document: what a document whose body is this text scores.
      MemoryIndex self = new MemoryIndex();
      self.addField(fields.body(), text, analyzer);
      IndexReader selfReader = self.createSearcher().getIndexReader();
      try (MultiReader both = new MultiReader(new IndexReader[] {reader, selfReader}, false)) {
        Query like = like(both, text);
        if (like == null) {
          return List.of();
        }
        IndexSearcher searcher = new IndexSearcher(both);
        double same = searcher.explain(like, reader.maxDoc()).getValue().doubleValue();
        if (same <= 0) {
          return List.of();
        }
        Query filtered =
            new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
        List<Match> matches = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(filtered, limit).scoreDocs) {
          if (hit.doc < reader.maxDoc()) {
            matches.add(new Match(hit.doc, Math.min(1.0, hit.score / same)));
          }
        }
        return matches;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query like(IndexReader reader, String text) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    List<Query> perField = new ArrayList<>();
    for (String field : fields.all()) {
      mlt.setFieldNames(new String[] {field});
      Query q = mlt.like(field, new StringReader(text));
      if (q instanceof BooleanQuery b && !b.clauses().isEmpty()) {
        perField.add(q);
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
  }
}
