package eu.remhub.portal.testkit;

import eu.remhub.portal.api.service.PluginJdbc;
import eu.remhub.portal.api.service.RowMapper;
import eu.remhub.portal.api.service.RowReader;
import eu.remhub.portal.runtime.jdbc.ResultSetRow;
import eu.remhub.portal.runtime.sql.PluginTableGuard;
import eu.remhub.portal.runtime.sql.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;

/**
 * {@link PluginJdbc} over a private H2 in-memory database in MySQL mode, with the portal's
 * table-prefix rule, for unit tests of plugin code.
 *
 * <p>Every statement, migrations included, is checked for table names outside {@link
 * #tablePrefix()}; such a statement throws {@link IllegalArgumentException} before it reaches the
 * database. A failing statement throws {@link IllegalStateException} with the {@link SQLException}
 * as its cause. {@link #inTransaction} binds one connection to the calling thread; calls on that
 * thread join it, and a nested {@code inTransaction} joins the outer one. Thread-safe.
 *
 * @since 1.0.0
 */
public final class TestPluginJdbc implements PluginJdbc {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final String pluginId;
  private final String tablePrefix;
  private final JdbcDataSource dataSource = new JdbcDataSource();
  private final ThreadLocal<Transaction> transaction = new ThreadLocal<>();
  private final Set<String> appliedMigrations = new LinkedHashSet<>();

  /** One open transaction and the work to do once it commits. */
  private record Transaction(Connection connection, List<Runnable> afterCommit) {}

  TestPluginJdbc(String pluginId) {
    this.pluginId = pluginId;
    this.tablePrefix = pluginId.replace('-', '_') + "_";
    // The settings H2 recommends for MySQL compatibility; DB_CLOSE_DELAY keeps the database
    // between connections until close().
    dataSource.setURL(
        "jdbc:h2:mem:"
            + tablePrefix
            + DATABASES.incrementAndGet()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
  }

  @Override
  public String tablePrefix() {
    return tablePrefix;
  }

  @Override
  public <T> List<T> select(String sql, RowReader<T> reader, Object... args) {
    return withStatement(
        sql,
        false,
        statement -> {
          bind(statement, args);
          try (ResultSet rows = statement.executeQuery()) {
            return ResultSetRow.readAll(rows, reader);
          }
        });
  }

  @Override
  public <T> Optional<T> selectOne(String sql, RowReader<T> reader, Object... args) {
    return ResultSetRow.atMostOne(select(sql, reader, args), sql);
  }

  @Override
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return withStatement(
        sql,
        false,
        statement -> {
          bind(statement, args);
          try (ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
              result.add(mapper.map(rows));
            }
            return result;
          }
        });
  }

  @Override
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
    List<T> rows = query(sql, mapper, args);
    if (rows.size() > 1) {
      throw new IllegalStateException("Expected at most one row, got " + rows.size() + ": " + sql);
    }
    return rows.stream().findFirst();
  }

  @Override
  public int update(String sql, Object... args) {
    return withStatement(
        sql,
        false,
        statement -> {
          bind(statement, args);
          return statement.executeUpdate();
        });
  }

  @Override
  public long insert(String sql, Object... args) {
    return withStatement(
        sql,
        true,
        statement -> {
          bind(statement, args);
          statement.executeUpdate();
          try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
              throw new IllegalStateException("The insert generated no key: " + sql);
            }
            return keys.getLong(1);
          }
        });
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (transaction.get() != null) {
      return work.get();
    }
    List<Runnable> afterCommit;
    T result;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Transaction open = new Transaction(connection, new ArrayList<>());
      transaction.set(open);
      try {
        result = work.get();
        connection.commit();
      } catch (RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        transaction.remove();
      }
      afterCommit = open.afterCommit();
    } catch (SQLException e) {
      throw new IllegalStateException("Transaction failed in plugin " + pluginId, e);
    }
    afterCommit.forEach(Runnable::run);
    return result;
  }

  /**
   * Runs the plugin's migrations that have not run yet: the scripts {@code V<n>__*.sql} in the
   * class path folder {@code db/migration/<pluginId>}, lowest version first, each split into
   * statements at its semicolons.
   *
   * @param loader the class loader that sees the plugin's resources
   * @return the file names of the scripts run by this call
   * @throws IllegalArgumentException when a script names a table outside the prefix
   * @throws IllegalStateException when a statement fails
   */
  public synchronized List<String> migrate(ClassLoader loader) {
    List<String> applied = new ArrayList<>();
    for (ClasspathMigrations.Migration migration :
        ClasspathMigrations.find(loader, "db/migration/" + pluginId)) {
      if (appliedMigrations.contains(migration.fileName())) {
        continue;
      }
      for (String statement : SqlText.statements(migration.sql())) {
        try {
          update(statement);
        } catch (RuntimeException e) {
          throw withScript(e, migration.fileName());
        }
      }
      appliedMigrations.add(migration.fileName());
      applied.add(migration.fileName());
    }
    return applied;
  }

  /**
   * The migration scripts run so far, in the order they ran.
   *
   * @return the file names
   */
  public synchronized List<String> appliedMigrations() {
    return List.copyOf(appliedMigrations);
  }

  /** Runs {@code action} when the calling thread's transaction commits, or now if there is none. */
  void afterCommit(Runnable action) {
    Transaction open = transaction.get();
    if (open == null) {
      action.run();
    } else {
      open.afterCommit().add(action);
    }
  }

  /** Drops the database. */
  void shutdown() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop the test database of " + pluginId, e);
    }
  }

  /** Statement work that may throw {@link SQLException}. */
  @FunctionalInterface
  private interface StatementWork<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  private <T> T withStatement(String sql, boolean returnKeys, StatementWork<T> work) {
    PluginTableGuard.check(sql, List.of("p_" + tablePrefix, tablePrefix));
    Transaction open = transaction.get();
    try {
      if (open != null) {
        return run(open.connection(), sql, returnKeys, work);
      }
      try (Connection connection = dataSource.getConnection()) {
        return run(connection, sql, returnKeys, work);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static <T> T run(
      Connection connection, String sql, boolean returnKeys, StatementWork<T> work)
      throws SQLException {
    int keys = returnKeys ? Statement.RETURN_GENERATED_KEYS : Statement.NO_GENERATED_KEYS;
    try (PreparedStatement statement = connection.prepareStatement(sql, keys)) {
      return work.run(statement);
    }
  }

  /**
   * Rolls back; a failure to do so is added to the exception that caused it, not raised over it.
   */
  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      statement.setObject(i + 1, args[i]);
    }
  }

  private static RuntimeException withScript(RuntimeException e, String fileName) {
    String message = "Migration " + fileName + " failed: " + e.getMessage();
    return e instanceof IllegalArgumentException
        ? new IllegalArgumentException(message, e)
        : new IllegalStateException(message, e);
  }
}
