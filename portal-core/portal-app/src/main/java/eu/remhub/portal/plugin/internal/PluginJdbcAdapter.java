package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.service.PluginJdbc;
import eu.remhub.portal.api.service.RowMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plugin's database access: the core's connection pool and transactions, limited to the tables
 * whose names carry the plugin's prefix. The check reads the table names after FROM, JOIN, INTO,
 * UPDATE and TABLE; it guards against mistakes and careless plugins, it is no sandbox (plugins are
 * trusted code, see the plugin author guide).
 */
final class PluginJdbcAdapter implements PluginJdbc {

  private static final Pattern TABLE_REF =
      Pattern.compile("(?i)\\b(from|join|into|update|table)\\s+[`\"]?([a-z0-9_$.]+)");

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
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return jdbc.sql(checked(sql)).params(args).query((rs, n) -> mapper.map(rs)).list();
  }

  @Override
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
    return jdbc.sql(checked(sql)).params(args).query((rs, n) -> mapper.map(rs)).optional();
  }

  @Override
  public int update(String sql, Object... args) {
    return jdbc.sql(checked(sql)).params(args).update();
  }

  @Override
  public long insert(String sql, Object... args) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(checked(sql)).params(args).update(keys);
    Number key = keys.getKeys() == null || keys.getKeys().isEmpty() ? null : (Number) keys.getKeys().values().iterator().next();
    if (key == null) {
      throw new IllegalStateException("the insert generated no key: " + sql);
    }
    return key.longValue();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  String checked(String sql) {
    Matcher m = TABLE_REF.matcher(sql);
    while (m.find()) {
      String table = m.group(2).toLowerCase(Locale.ROOT);
      String bare = table.contains(".") ? table.substring(table.lastIndexOf('.') + 1) : table;
      if (!bare.startsWith(prefix) || table.contains(".")) {
        throw new IllegalArgumentException(
            "plugin SQL may only use tables named " + prefix + "*, not " + m.group(2));
      }
    }
    return sql;
  }
}
