package eu.remhub.portal.search.internal;

import static eu.remhub.portal.search.internal.IndexSchema.BODY;
import static eu.remhub.portal.search.internal.IndexSchema.TAGS;
import static eu.remhub.portal.search.internal.IndexSchema.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds Lucene queries from what a person typed, and the filter of what the person may see.
 *
 * <p>Every word must match in the title, the tags or the body (title weighing most). A word that
 * the index holds in fewer than {@link #RARE} documents is probably mistyped: then, if it has four
 * letters or more, words one edit away also match (two edits from eight letters), weaker than the
 * word itself. Common words match exactly only, which keeps the query narrow where it would
 * otherwise expand into every near neighbour of a frequent word. Quoted words match as a phrase.
 */
final class QueryFactory {

  private static final Pattern PHRASE_OR_WORDS = Pattern.compile("\"([^\"]*)\"?|([^\"]+)");

  /** Below this many documents a word gets typo matches as well. */
  static final int RARE = 3;

  /** The closest words a mistyped word expands into, at most. */
  static final int MAX_EXPANSIONS = 16;

  /** Typo matches weigh this much of an exact match. */
  private static final float FUZZY_WEIGHT = 0.3f;

  private static final String[] FIELDS = {TITLE, TAGS, BODY};
  private static final float[] BOOSTS = {
    IndexSchema.TITLE_BOOST, IndexSchema.TAGS_BOOST, IndexSchema.BODY_BOOST
  };

  private final Analyzer stems = SearchAnalyzers.query();
  private final Analyzer words = SearchAnalyzers.words();
  private final QueryBuilder phrases = new QueryBuilder(stems);

  /**
   * The query for what was typed; blank matches everything.
   *
   * @param reader the index, to find rare words that get typo matches; null for none
   */
  Query text(String typed, IndexReader reader) {
    if (typed == null || typed.isBlank()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    Matcher m = PHRASE_OR_WORDS.matcher(typed);
    while (m.find()) {
      if (m.group(1) != null) {
        Query phrase = phrase(m.group(1));
        if (phrase != null) {
          all.add(phrase, Occur.MUST);
          clauses++;
        }
      } else {
        for (String word : terms(words, m.group(2))) {
          List<String> stemmed = terms(stems, word);
          if (!stemmed.isEmpty()) {
            all.add(word(word, stemmed, reader != null && rare(reader, stemmed)), Occur.MUST);
            clauses++;
          }
        }
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("only stop words") : all.build();
  }

  /** One typed word: its stem exactly in any field, or the word as typed with a typo or two. */
  private Query word(String typed, List<String> stemmed, boolean rare) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int edits = !rare ? 0 : typed.length() >= 8 ? 2 : typed.length() >= 4 ? 1 : 0;
    for (int i = 0; i < FIELDS.length; i++) {
      for (String stem : stemmed) {
        any.add(new BoostQuery(new TermQuery(new Term(FIELDS[i], stem)), BOOSTS[i]), Occur.SHOULD);
      }
      if (edits > 0) {
        Query fuzzy = new FuzzyQuery(new Term(FIELDS[i], typed), edits, 1, MAX_EXPANSIONS, true);
        any.add(new BoostQuery(fuzzy, BOOSTS[i] * FUZZY_WEIGHT), Occur.SHOULD);
      }
    }
    return any.build();
  }

  private static boolean rare(IndexReader reader, List<String> stems) {
    try {
      long documents = 0;
      for (String field : FIELDS) {
        for (String stem : stems) {
          documents += reader.docFreq(new Term(field, stem));
        }
      }
      return documents < RARE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query phrase(String quoted) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (int i = 0; i < FIELDS.length; i++) {
      Query q = phrases.createPhraseQuery(FIELDS[i], quoted);
      if (q != null) {
        any.add(new BoostQuery(q, BOOSTS[i]), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  /**
   * Titles whose words start with what was typed: every finished word exactly, the last one as a
   * prefix. Empty when too little was typed to be useful.
   */
  Optional<Query> titlePrefix(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    List<String> tokens = terms(words, typed);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    boolean lastFinished = Character.isWhitespace(typed.charAt(typed.length() - 1));
    String last = tokens.get(tokens.size() - 1);
    if (tokens.size() == 1 && !lastFinished && last.length() < 2) {
      return Optional.empty();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < tokens.size() - 1; i++) {
      all.add(new TermQuery(new Term(IndexSchema.TITLE_WORDS, tokens.get(i))), Occur.MUST);
    }
    Term lastTerm = new Term(IndexSchema.TITLE_WORDS, last);
    all.add(lastFinished ? new TermQuery(lastTerm) : new PrefixQuery(lastTerm), Occur.MUST);
    return Optional.of(all.build());
  }

  /**
   * What a viewer may see: documents of the core and of enabled plugins only, and of those only the
   * ones whose visibility key is among {@code visibleKeys} (all of them when empty, for staff).
   */
  static Query visibility(Optional<Set<String>> visibleKeys, Set<String> enabledPlugins) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    List<BytesRef> plugins = new ArrayList<>();
    plugins.add(new BytesRef(IndexSchema.CORE));
    enabledPlugins.forEach(p -> plugins.add(new BytesRef(p)));
    filter.add(new TermInSetQuery(IndexSchema.PLUGIN, plugins), Occur.FILTER);
    visibleKeys.ifPresent(
        keys -> filter.add(new TermInSetQuery(IndexSchema.VISIBILITY, bytes(keys)), Occur.FILTER));
    return filter.build();
  }

  private static List<BytesRef> bytes(Collection<String> values) {
    return values.stream().map(BytesRef::new).toList();
  }

  private static List<String> terms(Analyzer analyzer, String input) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", input)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
