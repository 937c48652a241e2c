package eu.remhub.portal.api.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Database access for one plugin, limited to its own tables.
 *
 * <p>Table names start with the plugin's {@link #tablePrefix()} (the plugin id with {@code -}
 * written as {@code _}, then {@code _}); a statement naming any other table is refused with an
 * {@link IllegalArgumentException}. The tables are created by the plugin's Flyway migrations under
 * {@code db/migration/<pluginId>} in its jar. SQL must run on both MySQL 8+/MariaDB and H2 in MySQL
 * mode. Parameters are positional ({@code ?}). Thread-safe; each call joins the transaction of
 * {@link #inTransaction} when one is open on the calling thread. A statement that fails throws
 * {@link IllegalStateException} whose cause is the {@link java.sql.SQLException}; so does {@link
 * #selectOne} and {@link #queryOne} when more than one row comes back. The table rule is applied by
 * the portal's runtime (its PluginTableGuard), the same in production and in the testkit.
 *
 * <p>Read rows with {@link #select} and {@link #selectOne} (since 1.1.0): they hand each row to a
 * {@link RowReader} as a {@link Row} of values. {@link #query} and {@link #queryOne} are the 1.0
 * forms, which hand over the live {@link java.sql.ResultSet}; they keep working for plugins built
 * against 1.0, but new code should use the row forms, which cannot reach the statement or the
 * connection. The portal and the test kit implement this interface; plugins only call it.
 *
 * @since 1.0.0
 */
public interface PluginJdbc {

  /**
   * The prefix every table of this plugin carries, such as {@code pilot_calls_}.
   *
   * @return the prefix
   */
  String tablePrefix();

  /**
   * Runs a query and reads each row with a {@link RowReader}.
   *
   * @param sql the statement
   * @param reader reads each row
   * @param args positional parameters
   * @param <T> the row type
   * @return the rows, in the order of the result
   * @throws UnsupportedOperationException from an implementation written against 1.0; the portal's
   *     and the test kit's implement it (the default exists only so that adding the method breaks
   *     no such implementation)
   * @since 1.1.0
   */
  default <T> List<T> select(String sql, RowReader<T> reader, Object... args) {
    throw new UnsupportedOperationException(
        getClass().getName() + " implements the 1.0 PluginJdbc, which has no select");
  }

  /**
   * Runs a query expected to return at most one row and reads it with a {@link RowReader}.
   *
   * @param sql the statement
   * @param reader reads the row
   * @param args positional parameters
   * @param <T> the row type
   * @return the row, or empty when there is none
   * @throws IllegalStateException when more than one row comes back
   * @throws UnsupportedOperationException from an implementation written against 1.0, as {@link
   *     #select}
   * @since 1.1.0
   */
  default <T> Optional<T> selectOne(String sql, RowReader<T> reader, Object... args) {
    throw new UnsupportedOperationException(
        getClass().getName() + " implements the 1.0 PluginJdbc, which has no selectOne");
  }

  /**
   * Runs a query (the 1.0 form; prefer {@link #select}, which does not hand out the result set).
   *
   * @param sql the statement
   * @param mapper maps each row
   * @param args positional parameters
   * @param <T> the row type
   * @return the rows
   */
  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args);

  /**
   * Runs a query expected to return at most one row (the 1.0 form; prefer {@link #selectOne}).
   *
   * @param sql the statement
   * @param mapper maps the row
   * @param args positional parameters
   * @param <T> the row type
   * @return the row, or empty
   */
  <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args);

  /**
   * Runs an insert, update or delete.
   *
   * @param sql the statement
   * @param args positional parameters
   * @return the number of rows changed
   */
  int update(String sql, Object... args);

  /**
   * Runs an insert and returns the generated key.
   *
   * @param sql the insert statement
   * @param args positional parameters
   * @return the generated key
   */
  long insert(String sql, Object... args);

  /**
   * Runs work in one database transaction: committed when it returns, rolled back when it throws.
   *
   * @param work the work
   * @param <T> the result type
   * @return what the work returned
   */
  <T> T inTransaction(Supplier<T> work);
}
