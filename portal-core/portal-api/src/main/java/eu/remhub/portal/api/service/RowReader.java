package eu.remhub.portal.api.service;

/**
 * Turns one {@link Row} of a query result into an object; used by {@link PluginJdbc#select} and
 * {@link PluginJdbc#selectOne}.
 *
 * <pre>{@code
 * List<Course> courses = jdbc.select(
 *     "SELECT id, title, starts_on FROM training_course ORDER BY starts_on",
 *     row -> new Course(row.getLong("id"), row.string("title"), row.localDate("starts_on")));
 * }</pre>
 *
 * <p>Called once per row, on the thread that runs the query, inside the query; the row must not be
 * kept beyond the call.
 *
 * @param <T> the type of object
 * @since 1.1.0
 */
@FunctionalInterface
public interface RowReader<T> {

  /**
   * Reads one row.
   *
   * @param row the row's values
   * @return the object
   */
  T read(Row row);
}
