package eu.remhub.portal.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for the hub's texts: English with accents and case folded, so that "Julich" finds
 * "Jülich", "MAGNETS" finds "magnet" and "Straße" finds "strasse".
 */
final class SearchAnalyzers {

  private SearchAnalyzers() {}

  /**
   * For indexing titles, tags and bodies: words folded, stop words dropped, and each word indexed
   * both as it is and as its English stem at the same position, so that typo tolerance can compare
   * what was typed with real words ("recyclign" with "recycling", not with the stem "recycl").
   */
  static Analyzer index() {
    return english(true);
  }

  /** For queries on those fields: the same, with stems only. */
  static Analyzer query() {
    return english(false);
  }

  private static Analyzer english(boolean keepOriginals) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        if (keepOriginals) {
          result = new KeywordRepeatFilter(result);
        }
        result = new PorterStemFilter(result);
        if (keepOriginals) {
          result = new RemoveDuplicatesTokenFilter(result);
        }
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Words folded, nothing dropped or stemmed: for prefix matching of titles. */
  static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
