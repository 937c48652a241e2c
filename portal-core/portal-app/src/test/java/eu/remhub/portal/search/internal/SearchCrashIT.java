package eu.remhub.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.Viewer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills a JVM in the middle of a large indexing run, then opens its index again here: it must be
 * intact, resume from its last commit, and in the end hold exactly the documents that the committed
 * outbox says exist.
 */
class SearchCrashIT {

  private static final int ROWS = 400_000;

  @Test
  void killedMidRun_indexResumesFromItsCommit_andMissesNothingCommitted() throws Exception {
    Path work =
        Files.createDirectories(
            Path.of("target", "search-crash", Long.toString(System.currentTimeMillis())));
    Path dbFile = work.resolve("db").resolve("crash");
    Path indexRoot = work.resolve("index");
    DataSource db = CrashIndexingMain.dataSource(dbFile);
    CrashIndexingMain.migrate(db);

    AtomicLong committed = new AtomicLong();
    AtomicLong applied = new AtomicLong();
    Process victim =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                ManagementFactory.getRuntimeMXBean().getClassPath(),
                CrashIndexingMain.class.getName(),
                dbFile.toString(),
                indexRoot.toString(),
                Integer.toString(ROWS))
            .redirectErrorStream(true)
            .start();
    java.util.Deque<String> lastLines = new java.util.concurrent.ConcurrentLinkedDeque<>();
    Thread reader =
        new Thread(
            () -> {
              try (var in =
                  new BufferedReader(
                      new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lastLines.addLast(line);
                  if (lastLines.size() > 40) {
                    lastLines.pollFirst();
                  }
                  if (line.startsWith("committed ")) {
                    committed.set(Long.parseLong(line.substring(10)));
                  } else if (line.startsWith("applied ")) {
                    applied.set(Long.parseLong(line.substring(8)));
                  }
                }
              } catch (Exception ignored) {
                // the process died
              }
            });
    reader.setDaemon(true);
    reader.start();

    try {
      // Until the victim is well into the run, or dead (then the assertion below shows its output).
      await("the victim's progress")
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> !victim.isAlive() || (committed.get() >= 40_000 && applied.get() >= 20_000));
      assertThat(applied.get())
          .as(
              "the victim indexed before it was killed; its last output:%n%s",
              String.join("\n", lastLines))
          .isGreaterThanOrEqualTo(20_000);
    } finally {
      victim.destroyForcibly();
      assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    reader.join(5000);
    long committedAtKill = committed.get();
    assertThat(committedAtKill).as("killed in the middle of the run").isLessThan(ROWS);

    Path folder = indexRoot.resolve("main_v0001");
    assertThat(checkIndex(folder)).as("CheckIndex right after the kill").isTrue();

    JdbcClient jdbc = JdbcClient.create(db);
    long newest = jdbc.sql("SELECT MAX(id) FROM index_outbox").query(Long.class).single();
    Set<String> expected =
        new HashSet<>(
            jdbc.sql(
                    "SELECT o.doc_id FROM index_outbox o WHERE o.operation = 'UPSERT' AND o.id ="
                        + " (SELECT MAX(i.id) FROM index_outbox i WHERE i.doc_type = o.doc_type AND i.doc_id = o.doc_id)")
                .query(String.class)
                .list());
    assertThat(newest).isGreaterThanOrEqualTo(committedAtKill);

    SearchEngine engine =
        new SearchEngine(
            indexRoot,
            new JdbcOutbox(jdbc, JsonMapper.builder().build(), Clock.systemUTC()),
            CrashIndexingMain.NO_DOCUMENTS,
            CrashIndexingMain.settings(),
            Clock.systemUTC());
    try {
      engine.start();
      assertThat(engine.status().provisional())
          .as("the killed index is resumed, not rebuilt")
          .isFalse();
      long resumedAt = engine.status().appliedOutboxId();
      assertThat(resumedAt)
          .as("resumes from a commit made before the kill")
          .isPositive()
          .isLessThanOrEqualTo(newest);
      assertThat(engine.awaitApplied(newest, Duration.ofSeconds(120))).isTrue();

      SearchResult all =
          engine.search(
              new SearchQuery("", java.util.Map.of("type", Set.of("post")), 1, 10, null),
              Viewer.anonymous(),
              Set.of());
      assertThat(all.total()).isEqualTo(expected.size());
      for (String id :
          List.of(
              expected.stream().sorted().findFirst().orElseThrow(),
              expected.stream().max(String::compareTo).orElseThrow())) {
        assertThat(
                engine
                    .search(
                        SearchQuery.of("\"crash document " + id + "\""),
                        Viewer.anonymous(),
                        Set.of())
                    .hits())
            .extracting(h -> h.id())
            .contains(id);
      }
      System.out.printf(
          "crash test: killed after %d committed outbox rows (%d applied); resumed from %d; %d documents%n",
          committedAtKill, applied.get(), resumedAt, expected.size());
    } finally {
      engine.close();
    }

    assertThat(indexedIds(folder)).isEqualTo(expected);
    assertThat(checkIndex(folder)).as("CheckIndex after resuming").isTrue();
  }

  private static boolean checkIndex(Path folder) throws Exception {
    try (var dir = FSDirectory.open(folder);
        CheckIndex check = new CheckIndex(dir)) {
      return check.checkIndex().clean;
    }
  }

  private static Set<String> indexedIds(Path folder) throws Exception {
    Set<String> ids = new HashSet<>();
    try (var dir = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            ids.add(stored.document(d, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
          }
        }
      }
    }
    return ids;
  }
}
