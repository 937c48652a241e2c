package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.service.PluginJdbc;
import eu.remhub.portal.api.service.RowMapper;
import eu.remhub.portal.api.service.RowReader;
import eu.remhub.portal.runtime.jdbc.ResultSetRow;
import eu.remhub.portal.runtime.sql.PluginTableGuard;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plugin's database access: the core's connection pool and transactions, limited to the tables
 * whose names carry the plugin's prefix, checked by {@link PluginTableGuard} exactly as in the test
 * kit. The check guards against mistakes and careless plugins; it is no sandbox (plugins are
 * trusted code, see the plugin author guide).
 */
final class PluginJdbcAdapter implements PluginJdbc {

  private final String prefix;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  PluginJdbcAdapter(String pluginId, JdbcClient jdbc, TransactionTemplate transactions) {
    this.prefix = PluginMigrator.tablePrefix(pluginId);
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  @Override
  public String tablePrefix() {
    return prefix;
  }

  @Override
  public <T> List<T> select(String sql, RowReader<T> reader, Object... args) {
    ResultSetExtractor<List<T>> rows = rs -> ResultSetRow.readAll(rs, reader);
    return translated(() -> jdbc.sql(checked(sql)).params(args).query(rows));
  }

  @Override
  public <T> Optional<T> selectOne(String sql, RowReader<T> reader, Object... args) {
    return ResultSetRow.atMostOne(select(sql, reader, args), sql);
  }

  @Override
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return translated(
        () -> jdbc.sql(checked(sql)).params(args).query((rs, n) -> mapper.map(rs)).list());
  }

  @Override
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
    return translated(
        () -> jdbc.sql(checked(sql)).params(args).query((rs, n) -> mapper.map(rs)).optional());
  }

  @Override
  public int update(String sql, Object... args) {
    return translated(() -> jdbc.sql(checked(sql)).params(args).update());
  }

  @Override
  public long insert(String sql, Object... args) {
    var keys = new GeneratedKeyHolder();
    translated(() -> jdbc.sql(checked(sql)).params(args).update(keys));
    Number key =
        keys.getKeys() == null || keys.getKeys().isEmpty()
            ? null
            : (Number) keys.getKeys().values().iterator().next();
    if (key == null) {
      throw new IllegalStateException("the insert generated no key: " + sql);
    }
    return key.longValue();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  /** Plugins cannot see Spring's exceptions: a failing statement throws IllegalStateException. */
  private static <T> T translated(Supplier<T> call) {
    try {
      return call.get();
    } catch (DataAccessException e) {
      Throwable cause = e.getMostSpecificCause();
      throw new IllegalStateException(
          cause.getMessage(), cause instanceof java.sql.SQLException ? cause : e);
    }
  }

  String checked(String sql) {
    PluginTableGuard.check(sql, PluginMigrator.tablePrefixes(prefix));
    return sql;
  }
}
