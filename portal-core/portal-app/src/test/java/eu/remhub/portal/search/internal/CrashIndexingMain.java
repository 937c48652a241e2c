package eu.remhub.portal.search.internal;

import static org.awaitility.Awaitility.await;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The victim of {@link SearchCrashIT}: a separate JVM that writes outbox entries in transactions,
 * as the portal's services do, while the search engine indexes them, until it is killed. Prints
 * "committed N" after each transaction and "applied N" as the indexer advances.
 *
 * <p>Arguments: H2 database file, index folder, number of rows to write.
 */
public final class CrashIndexingMain {

  static final String TYPE = "post";
  static final int ROWS_PER_TRANSACTION = 250;

  private CrashIndexingMain() {}

  public static void main(String[] args) throws Exception {
    DataSource db = dataSource(Path.of(args[0]));
    Path index = Path.of(args[1]);
    int rows = Integer.parseInt(args[2]);
    JdbcClient jdbc = JdbcClient.create(db);
    JsonMapper json = JsonMapper.builder().build();
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
    Clock clock = Clock.systemUTC();

    SearchEngine engine =
        new SearchEngine(index, new JdbcOutbox(jdbc, json, clock), NO_DOCUMENTS, settings(), clock);
    engine.start();
    await("the first index")
        .atMost(Duration.ofSeconds(60))
        .until(() -> !engine.status().provisional());
    // The test reads how far the indexer got from these lines; it kills this process meanwhile.
    ScheduledExecutorService reporter =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "applied-reporter");
              t.setDaemon(true);
              return t;
            });
    reporter.scheduleAtFixedRate(
        () -> {
          System.out.println("applied " + engine.status().appliedOutboxId());
          System.out.flush();
        },
        0,
        100,
        TimeUnit.MILLISECONDS);

    int written = 0;
    while (written < rows) {
      int from = written;
      Long newest =
          tx.execute(
              status -> {
                for (int i = from; i < from + ROWS_PER_TRANSACTION; i++) {
                  if (i % 10 == 9) {
                    // Every tenth entry deletes an earlier document again.
                    insert(jdbc, TYPE, Integer.toString(i - 5), "DELETE", null, clock);
                  } else {
                    insert(
                        jdbc,
                        TYPE,
                        Integer.toString(i),
                        "UPSERT",
                        json.writeValueAsString(document(i)),
                        clock);
                  }
                }
                return jdbc.sql("SELECT MAX(id) FROM index_outbox").query(Long.class).single();
              });
      written += ROWS_PER_TRANSACTION;
      engine.wake();
      System.out.println("committed " + newest);
      System.out.flush();
    }
    System.out.println("finished");
    System.out.flush();
    // Stay alive until the test kills the process.
    Thread.currentThread().join();
  }

  static SearchDocument document(int n) {
    return new SearchDocument(
        TYPE,
        Integer.toString(n),
        "Crash document " + n,
        List.of("crash"),
        "Entry " + n + " of the crash run: NdFeB magnet scrap offered by a recycler in Jülich.",
        "/posts/" + n,
        Visibility.everyone(),
        Map.of("country", List.of("DE"), "material", List.of("NdFeB")),
        java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n));
  }

  static SearchEngine.Settings settings() {
    return new SearchEngine.Settings(
        Duration.ofMillis(20),
        Duration.ofMillis(100),
        Duration.ofMillis(150),
        Duration.ofSeconds(5),
        1000);
  }

  static final SearchEngine.DocumentSource NO_DOCUMENTS =
      new SearchEngine.DocumentSource() {
        @Override
        public long estimate() {
          return 0;
        }

        @Override
        public void all(SearchEngine.DocumentSink sink) {}

        @Override
        public void ofPlugin(String pluginId, SearchEngine.DocumentSink sink) {}
      };

  static DataSource dataSource(Path file) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:file:"
            + file.toAbsolutePath()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY"
            // Each commit reaches the file at once, as MySQL's does; H2 otherwise keeps up to a
            // second
            // of commits in memory, which a killed process loses.
            + ";WRITE_DELAY=0");
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  static void migrate(DataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration/core").load().migrate();
  }

  private static void insert(
      JdbcClient jdbc, String type, String id, String operation, String payload, Clock clock) {
    jdbc.sql(
            "INSERT INTO index_outbox (doc_type, doc_id, operation, payload, plugin_id, created_at) VALUES (?, ?, ?, ?, NULL, ?)")
        .params(type, id, operation, payload, Timestamp.from(clock.instant()))
        .update();
  }
}
