package eu.remhub.portal.api.service;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps the current row of a result set to an object.
 *
 * @param <T> the type of object
 * @since 1.0.0
 */
@FunctionalInterface
public interface RowMapper<T> {

  /**
   * Maps one row.
   *
   * @param row the result set, positioned on the row
   * @return the mapped object
   * @throws SQLException when a column cannot be read
   */
  T map(ResultSet row) throws SQLException;
}
