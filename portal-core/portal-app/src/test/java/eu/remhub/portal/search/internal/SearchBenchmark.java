package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.Viewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search figures on generated data: indexing throughput, query latency for a mixed query set with
 * one and two threads, suggestion latency, and the delay from an outbox commit until the document
 * is found. Prints; asserts nothing. Run with {@code bench/search.sh}.
 *
 * <p>Argument: the number of documents (default 100000).
 */
public final class SearchBenchmark {

  private static final Set<String> PLUGINS =
      Set.of("training", "matchmaking", "pilot-calls", "passport");
  private static final List<Viewer> VIEWERS =
      List.of(Viewer.anonymous(), Viewer.member(17, Set.of("passport.restricted")), Viewer.staff());

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path work = Files.createTempDirectory("remhub-search-bench");
    System.out.printf(
        Locale.ROOT,
        "REMHub search benchmark: %,d documents, %d cores, Java %s, heap max %d MiB%n",
        n,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);

    long g0 = System.nanoTime();
    List<BenchmarkCorpus.Owned> corpus = new BenchmarkCorpus(42).documents(n);
    System.out.printf(Locale.ROOT, "generated in %.1f s%n", seconds(g0));

    DataSource db = CrashIndexingMain.dataSource(work.resolve("db").resolve("bench"));
    CrashIndexingMain.migrate(db);
    JdbcClient jdbc = JdbcClient.create(db);
    JsonMapper json = JsonMapper.builder().build();
    Clock clock = Clock.systemUTC();
    SearchEngine.DocumentSource source =
        new SearchEngine.DocumentSource() {
          @Override
          public long estimate() {
            return corpus.size();
          }

          @Override
          public void all(SearchEngine.DocumentSink sink) {
            corpus.forEach(o -> sink.accept(o.pluginId(), o.document()));
          }

          @Override
          public void ofPlugin(String pluginId, SearchEngine.DocumentSink sink) {}
        };
    // The portal's defaults (SearchProperties).
    var settings =
        new SearchEngine.Settings(
            Duration.ofMillis(250),
            Duration.ofMillis(100),
            Duration.ofSeconds(10),
            Duration.ofMinutes(2),
            1000);
    SearchEngine engine =
        new SearchEngine(
            work.resolve("index"), new JdbcOutbox(jdbc, json, clock), source, settings, clock);

    System.out.println();
    System.out.println("Indexing (a full rebuild: map, analyse, write, commit)");
    long t0 = System.nanoTime();
    engine.start();
    awaitRebuild(engine);
    report("first build (cold JVM)", n, seconds(t0));
    for (int run = 1; run <= 2; run++) {
      while (engine.rebuildProgress().running()) {
        Thread.sleep(5);
      }
      long t1 = System.nanoTime();
      while (!engine.rebuild()) {
        Thread.sleep(1);
      }
      awaitRebuild(engine);
      report("rebuild " + run + " (warm JVM)", n, seconds(t1));
    }
    System.out.printf(
        Locale.ROOT,
        "  index: %,d documents, %.1f MB on disk%n",
        engine.status().documents(),
        engine.status().sizeBytes() / 1e6);

    List<Query> mix = mix();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Queries: %d distinct (terms, phrases, typos, facet filters, newest-first), each with facet counts and%n"
            + "highlighted snippets of the first page of 20, as visitor, member and staff in turn%n",
        mix.size());
    run(engine, mix, 3_000, 0);
    long[] single = run(engine, mix, 6_000, 0);
    print("1 thread", single, null);
    long[] both = new long[12_000];
    long wall = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int offset = t * 7;
        parts.add(pool.submit(() -> run(engine, mix, 6_000, offset)));
      }
      System.arraycopy(parts.get(0).get(), 0, both, 0, 6_000);
      System.arraycopy(parts.get(1).get(), 0, both, 6_000, 6_000);
    }
    print("2 threads", both, seconds(wall));
    printByKind(engine, mix);

    System.out.println();
    System.out.println("Suggestions (title prefix as typed, visibility filtered)");
    String[] typed = {
      "neo",
      "mag",
      "pass",
      "sinter",
      "offer: rec",
      "wanted: hig",
      "pilot call: hyd",
      "grain bou",
      "jul",
      "smco"
    };
    for (int i = 0; i < 2_000; i++) {
      engine.suggest(typed[i % typed.length], VIEWERS.get(i % 3), PLUGINS, 8);
    }
    long[] suggestions = new long[5_000];
    for (int i = 0; i < suggestions.length; i++) {
      long s = System.nanoTime();
      engine.suggest(typed[i % typed.length], VIEWERS.get(i % 3), PLUGINS, 8);
      suggestions[i] = System.nanoTime() - s;
    }
    print("1 thread", suggestions, null);

    System.out.println();
    System.out.println(
        "Similar texts (SearchIndex.similar: more like this over title, tags and body, one plugin's");
    System.out.println("posts, 10 hits), the texts of 200 of its posts in turn");
    List<SearchDocument> posts =
        corpus.stream()
            .filter(o -> "matchmaking".equals(o.pluginId()))
            .map(BenchmarkCorpus.Owned::document)
            .limit(200)
            .toList();
    for (int i = 0; i < 1_000; i++) {
      engine.similar("matchmaking", Set.of("post"), similarTo(posts.get(i % posts.size())));
    }
    long[] alike = new long[3_000];
    for (int i = 0; i < alike.length; i++) {
      var query = similarTo(posts.get(i % posts.size()));
      long s = System.nanoTime();
      engine.similar("matchmaking", Set.of("post"), query);
      alike[i] = System.nanoTime() - s;
    }
    print("1 thread", alike, null);

    System.out.println();
    System.out.println(
        "Delay from an outbox commit until the document is found (portal defaults: wake on commit,");
    System.out.println("refresh every 100 ms), 60 single-row commits 0-200 ms apart");
    long[] delays = new long[60];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < delays.length; i++) {
      String word = "zq" + Integer.toString(1_000_000 + i, 36);
      SearchDocument doc =
          new SearchDocument(
              "post",
              "nrt-" + i,
              "Fresh request " + word,
              List.of(),
              "Just posted " + word,
              "/matchmaking/nrt-" + i,
              Visibility.everyone(),
              Map.of(),
              Instant.now());
      long start = System.nanoTime();
      jdbc.sql(
              "INSERT INTO index_outbox (doc_type, doc_id, operation, payload, plugin_id, created_at) VALUES (?, ?, 'UPSERT', ?, ?, ?)")
          .params(
              doc.type(),
              doc.id(),
              json.writeValueAsString(doc),
              "matchmaking",
              Timestamp.from(Instant.now()))
          .update();
      engine.wake();
      SearchQuery q = SearchQuery.of(word);
      while (engine.search(q, Viewer.anonymous(), PLUGINS).total() == 0) {
        Thread.sleep(0, 200_000);
      }
      delays[i] = System.nanoTime() - start;
      Thread.sleep(random.nextInt(200));
    }
    Arrays.sort(delays);
    System.out.printf(
        Locale.ROOT,
        "  p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
        ms(pct(delays, 50)),
        ms(pct(delays, 95)),
        ms(delays[delays.length - 1]));

    engine.close();
    IndexFolders.delete(work);
  }

  private static eu.remhub.portal.api.service.SimilarQuery similarTo(SearchDocument doc) {
    return eu.remhub.portal.api.service.SimilarQuery.of(doc.title() + "\n" + doc.body(), "post", 10)
        .excluding(doc.id());
  }

  /** A query of the mix. */
  record Query(String kind, SearchQuery query) {}

  private static List<Query> mix() {
    List<Query> q = new ArrayList<>();
    for (String t :
        List.of(
            "magnet",
            "recycling",
            "NdFeB",
            "dysprosium",
            "Jülich",
            "coercivity",
            "traction motor rotors",
            "sintered magnet recycling",
            "wind generator",
            "N52",
            "scrap powder",
            "carbon footprint kg")) {
      q.add(new Query("terms", SearchQuery.of(t)));
    }
    for (String p :
        List.of(
            "\"grain boundary diffusion\"",
            "\"hydrogen decrepitation\"",
            "\"strip casting\"",
            "\"carbon footprint\"",
            "\"pilot line\"")) {
      q.add(new Query("phrase", SearchQuery.of(p)));
    }
    for (String t :
        List.of(
            "magnte",
            "recyclign",
            "dysprosim",
            "neodymum",
            "coercivty",
            "decrepitaton",
            "Julich",
            "samarim cobalt")) {
      q.add(new Query("typo", SearchQuery.of(t)));
    }
    q.add(new Query("facets", SearchQuery.of("magnet").withFilter("type", "passport")));
    q.add(
        new Query(
            "facets",
            SearchQuery.of("scrap").withFilter("material", "NdFeB").withFilter("country", "DE")));
    q.add(new Query("facets", SearchQuery.of("").withFilter("type", "call")));
    q.add(new Query("facets", SearchQuery.of("powder").withFilter("segment", "RECYCLING")));
    q.add(new Query("facets", SearchQuery.of("sintered").withFilter("type", "course", "post")));
    q.add(new Query("newest", SearchQuery.of("passport").withSort(SearchQuery.Sort.NEWEST)));
    q.add(new Query("newest", SearchQuery.of("").withSort(SearchQuery.Sort.NEWEST)));
    q.add(
        new Query("newest", SearchQuery.of("offer").withSort(SearchQuery.Sort.NEWEST).withPage(3)));
    return q;
  }

  private static long[] run(SearchEngine engine, List<Query> mix, int count, int offset) {
    long[] took = new long[count];
    for (int i = 0; i < count; i++) {
      Query q = mix.get((i + offset) % mix.size());
      Viewer v = VIEWERS.get((i + offset) % VIEWERS.size());
      long s = System.nanoTime();
      SearchResult r = engine.search(q.query(), v, PLUGINS);
      took[i] = System.nanoTime() - s;
      if (r.total() < 0) {
        throw new IllegalStateException();
      }
    }
    return took;
  }

  private static void printByKind(SearchEngine engine, List<Query> mix) {
    for (String kind : List.of("terms", "phrase", "typo", "facets", "newest")) {
      List<Query> some = mix.stream().filter(q -> q.kind().equals(kind)).toList();
      long[] took = run(engine, some, 1_500, 0);
      long hits =
          some.stream()
                  .mapToLong(q -> engine.search(q.query(), Viewer.staff(), PLUGINS).total())
                  .sum()
              / some.size();
      print("  " + kind + " (1 thread, about " + hits + " hits each)", took, null);
    }
  }

  private static void print(String label, long[] nanos, Double wallSeconds) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    String rate =
        wallSeconds == null
            ? ""
            : String.format(Locale.ROOT, ", %.0f queries/s", nanos.length / wallSeconds);
    System.out.printf(
        Locale.ROOT,
        "  %-44s p50 %5.2f ms  p95 %5.2f ms  p99 %5.2f ms%s%n",
        label,
        ms(pct(sorted, 50)),
        ms(pct(sorted, 95)),
        ms(pct(sorted, 99)),
        rate);
  }

  private static void report(String label, int n, double seconds) {
    System.out.printf(
        Locale.ROOT, "  %-24s %6.2f s  %,8.0f documents/s%n", label, seconds, n / seconds);
  }

  private static void awaitRebuild(SearchEngine engine) throws InterruptedException {
    while (engine.rebuildProgress().running() || engine.status().provisional()) {
      Thread.sleep(5);
    }
    if (engine.rebuildProgress().failed()) {
      throw new IllegalStateException(engine.rebuildProgress().error());
    }
  }

  private static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
