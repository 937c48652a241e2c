package eu.remhub.portal.search.internal;

import eu.remhub.portal.search.SearchQuery;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names and analysis of the index. Any change here that alters what is indexed must raise
 * {@link #VERSION}: the index then rebuilds itself into a new folder at the next start, while the
 * old folder still answers.
 */
final class IndexSchema {

  /** The schema version, in the folder name and in the commit data. */
  static final int VERSION = 1;

  /** {@code type/id}: the identity used to replace and delete. */
  static final String KEY = "key";

  static final String TYPE = "type";
  static final String ID = "id";

  /** The plugin that owns the document, or {@link #CORE}. */
  static final String PLUGIN = "plugin";

  static final String CORE = "core";

  /** The visibility key, see {@code Viewer.keyOf}. */
  static final String VISIBILITY = "visibility";

  static final String TITLE = "title";

  /** The title's words folded but not stemmed, for suggestions as you type. */
  static final String TITLE_WORDS = "title_words";

  static final String TAGS = "tags";
  static final String BODY = "body";
  static final String URL = "url";
  static final String UPDATED = "updated";

  /** Commit data keys. */
  static final String DATA_SCHEMA = "remhub.schema";

  static final String DATA_COMPLETE = "remhub.complete";
  static final String DATA_APPLIED = "remhub.outbox-applied";

  /** Field boosts: the title above the tags above the body. */
  static final float TITLE_BOOST = 4f;

  static final float TAGS_BOOST = 2f;
  static final float BODY_BOOST = 1f;

  private IndexSchema() {}

  /** The analyzer of every field: stemmed text, unstemmed title words, keywords for the rest. */
  static Analyzer analyzer() {
    Analyzer text = SearchAnalyzers.index();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(TITLE, text, TAGS, text, BODY, text, TITLE_WORDS, SearchAnalyzers.words()));
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : SearchQuery.FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }
}
