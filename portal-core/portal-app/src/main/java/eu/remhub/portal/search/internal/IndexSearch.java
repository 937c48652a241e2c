package eu.remhub.portal.search.internal;

import eu.remhub.portal.search.SearchHit;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.SearchResult.FacetValue;
import eu.remhub.portal.search.Suggestion;
import eu.remhub.portal.search.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs a search or a suggestion on one searcher: hits, facet counts and highlighted snippets. */
final class IndexSearch {

  private static final int FACET_VALUES = 30;
  private static final int SNIPPET_CHARS = 220;

  /**
   * Past this many hits the total is not counted in the hits pass (the facet pass counts exactly).
   */
  private static final int TOTAL_HITS_THRESHOLD = 1000;

  private static final Sort NEWEST =
      new Sort(new SortField(IndexSchema.UPDATED, SortField.Type.LONG, true));
  private static final Set<String> STORED =
      Set.of(
          IndexSchema.TYPE,
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.URL,
          IndexSchema.UPDATED);

  private final QueryFactory queries = new QueryFactory();
  private final Analyzer analyzer = IndexSchema.analyzer();

  /**
   * Two passes: the page of hits with Lucene's skipping of documents that cannot make the top, and
   * the counts without scoring. A facet with chosen values is counted with every filter but its
   * own, so that its other values still show what choosing them would give.
   */
  SearchResult search(
      LuceneIndex.FacetedSearcher searcher,
      SearchQuery query,
      Viewer viewer,
      Set<String> enabledPlugins) {
    if (searcher.facets == null) {
      // Nothing with facets was ever indexed: the index is empty.
      return SearchResult.empty(query);
    }
    try {
      // Rewritten once (typo matches expand into terms here) for the hits, the counts and the
      // snippets.
      Query text = searcher.rewrite(queries.text(query.text(), searcher.getIndexReader()));
      Query visible = QueryFactory.visibility(viewer.visibleKeys(), enabledPlugins);
      Query hitsQuery = filtered(text, visible, query.filters(), null);
      int topN = query.page() * query.pageSize();
      TopDocs top =
          query.sort() == SearchQuery.Sort.NEWEST
              ? searcher.search(hitsQuery, topN, NEWEST)
              : searcher.search(
                  hitsQuery, new TopScoreDocCollectorManager(topN, null, TOTAL_HITS_THRESHOLD));

      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      FacetsCollector all =
          searcher.search(new ConstantScoreQuery(hitsQuery), new FacetsCollectorManager());
      Facets counts = new SortedSetDocValuesFacetCounts(searcher.facets, all);
      for (String dim : SearchQuery.FACETS) {
        if (query.filters().containsKey(dim)) {
          FacetsCollector sideways =
              searcher.search(
                  new ConstantScoreQuery(filtered(text, visible, query.filters(), dim)),
                  new FacetsCollectorManager());
          facets.put(
              dim, values(new SortedSetDocValuesFacetCounts(searcher.facets, sideways), dim));
        } else {
          facets.put(dim, values(counts, dim));
        }
      }
      long total =
          all.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
      ScoreDoc[] page =
          slice(top.scoreDocs, (query.page() - 1) * query.pageSize(), query.pageSize());
      List<SearchHit> hits = hits(searcher, text, page, query.text().isBlank());
      return new SearchResult(query, total, hits, facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text query with the viewer's filter and the chosen facet values, leaving out those of
   * {@code except}.
   */
  private Query filtered(
      Query text, Query visible, Map<String, Set<String>> filters, String except) {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().add(text, Occur.MUST).add(visible, Occur.FILTER);
    filters.forEach(
        (dim, values) -> {
          if (dim.equals(except)) {
            return;
          }
          BooleanQuery.Builder any = new BooleanQuery.Builder();
          values.forEach(
              v ->
                  any.add(
                      new TermQuery(
                          DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, v)),
                      Occur.SHOULD));
          b.add(any.build(), Occur.FILTER);
        });
    return b.build();
  }

  List<Suggestion> suggest(
      LuceneIndex.FacetedSearcher searcher,
      String typed,
      Viewer viewer,
      Set<String> enabledPlugins,
      int max) {
    var prefix = queries.titlePrefix(typed);
    if (prefix.isEmpty()) {
      return List.of();
    }
    Query q =
        new BooleanQuery.Builder()
            .add(prefix.get(), Occur.MUST)
            .add(QueryFactory.visibility(viewer.visibleKeys(), enabledPlugins), Occur.FILTER)
            .build();
    try {
      TopDocs top =
          searcher.search(q, max * 3, new Sort(SortField.FIELD_SCORE, NEWEST.getSort()[0]));
      StoredFields stored = searcher.storedFields();
      Set<String> seen = new LinkedHashSet<>();
      List<Suggestion> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, STORED);
        String title = d.get(IndexSchema.TITLE);
        if (seen.add(title.toLowerCase(Locale.ROOT)) && out.size() < max) {
          out.add(new Suggestion(title, d.get(IndexSchema.TYPE), d.get(IndexSchema.URL)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    return Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
  }

  private List<SearchHit> hits(
      LuceneIndex.FacetedSearcher searcher, Query text, ScoreDoc[] page, boolean browsing)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    String[] snippets = snippets(searcher, text, docIds, browsing);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < docIds.length; i++) {
      Document d = stored.document(docIds[i], STORED);
      hits.add(
          new SearchHit(
              d.get(IndexSchema.TYPE),
              d.get(IndexSchema.ID),
              d.get(IndexSchema.TITLE),
              snippets[i] == null ? "" : snippets[i],
              d.get(IndexSchema.URL),
              Instant.ofEpochMilli(d.getField(IndexSchema.UPDATED).numericValue().longValue())));
    }
    return hits;
  }

  private String[] snippets(
      LuceneIndex.FacetedSearcher searcher, Query text, int[] docIds, boolean browsing)
      throws IOException {
    if (browsing) {
      StoredFields stored = searcher.storedFields();
      String[] out = new String[docIds.length];
      for (int i = 0; i < docIds.length; i++) {
        String body = stored.document(docIds[i], Set.of(IndexSchema.BODY)).get(IndexSchema.BODY);
        out[i] = lead(body == null ? "" : body);
      }
      return out;
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new EscapingPassageFormatter())
            .withMaxNoHighlightPassages(1)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS / 2, 0.5f))
            .build();
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexSchema.BODY}, text, docIds, new int[] {2});
    return byField.get(IndexSchema.BODY);
  }

  /** The start of a body, escaped, for hits of a search without words. */
  private static String lead(String body) {
    if (body.length() <= SNIPPET_CHARS) {
      return EscapingPassageFormatter.escape(body);
    }
    int cut = body.lastIndexOf(' ', SNIPPET_CHARS);
    return EscapingPassageFormatter.escape(body.substring(0, cut > 0 ? cut : SNIPPET_CHARS)) + " …";
  }

  private static List<FacetValue> values(Facets facets, String dim) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(FACET_VALUES, dim);
    } catch (IllegalArgumentException notIndexed) {
      result = null;
    }
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.longValue()));
      }
    }
    return List.copyOf(values);
  }
}
