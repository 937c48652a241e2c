package eu.remhub.plugin.passport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Points in time as the database keeps them: UTC wall-clock values in {@code DATETIME(6)}, to the
 * millisecond. Hashes cover these values, so they must read back exactly as written, whatever the
 * time zone of the JVM or the database server.
 */
final class Times {

  private Times() {}

  /** Cuts an instant to what the database keeps, so that a hash over it verifies after a reload. */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  static LocalDateTime toDb(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
  }

  static Instant fromDb(ResultSet row, String column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
