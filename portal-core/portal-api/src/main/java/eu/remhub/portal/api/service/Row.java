package eu.remhub.portal.api.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One row of a query result, read by column label.
 *
 * <p>A row offers the values only: there is no way from it to the statement, the connection or the
 * result set behind it, so a plugin cannot bypass the table rule of {@link PluginJdbc}. The label
 * is the column name or its {@code AS} alias, matched without regard to case. A row is valid only
 * while the {@link RowReader} it is handed to runs, on that thread; do not keep it.
 *
 * <p>The plain reads ({@link #string}, {@link #getLong}, ...) refuse SQL {@code NULL} with an
 * {@link IllegalStateException} that names the column, so a missing value never turns into a silent
 * {@code 0} or {@code false}; the {@code optional...} reads answer empty for it. Every read throws
 * {@link IllegalArgumentException} for a label the result does not have, and {@link
 * IllegalStateException} (with the {@link java.sql.SQLException} as cause) when the value cannot be
 * converted to the asked type.
 *
 * @since 1.1.0
 */
public interface Row {

  /**
   * Whether the result has a column with this label.
   *
   * @param label the column label
   * @return true when the column exists
   */
  boolean has(String label);

  /**
   * Whether the value is SQL {@code NULL}.
   *
   * @param label the column label
   * @return true for {@code NULL}
   */
  boolean isNull(String label);

  /**
   * A text value.
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL}
   */
  String string(String label);

  /**
   * A text value that may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<String> optionalString(String label);

  /**
   * A whole number that fits an {@code int}.
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL} or does not fit
   */
  int getInt(String label);

  /**
   * A whole number that fits an {@code int} and may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<Integer> optionalInt(String label);

  /**
   * A whole number.
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL}
   */
  long getLong(String label);

  /**
   * A whole number that may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<Long> optionalLong(String label);

  /**
   * A boolean ({@code BOOLEAN}, or a number where 0 is false).
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL}
   */
  boolean getBoolean(String label);

  /**
   * A boolean that may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<Boolean> optionalBoolean(String label);

  /**
   * An exact decimal number ({@code DECIMAL}), for amounts of money among others.
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL}
   */
  BigDecimal decimal(String label);

  /**
   * An exact decimal number that may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<BigDecimal> optionalDecimal(String label);

  /**
   * A point in time, from a {@code TIMESTAMP} or {@code DATETIME} column read as UTC (the portal
   * stores times in UTC).
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL}
   */
  Instant instant(String label);

  /**
   * A point in time that may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<Instant> optionalInstant(String label);

  /**
   * A local date-time, from a {@code DATETIME} or {@code TIMESTAMP} column, as stored.
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL}
   */
  LocalDateTime localDateTime(String label);

  /**
   * A local date-time that may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<LocalDateTime> optionalLocalDateTime(String label);

  /**
   * A calendar date ({@code DATE}).
   *
   * @param label the column label
   * @return the value
   * @throws IllegalStateException when the value is {@code NULL}
   */
  LocalDate localDate(String label);

  /**
   * A calendar date that may be {@code NULL}.
   *
   * @param label the column label
   * @return the value, or empty for {@code NULL}
   */
  Optional<LocalDate> optionalLocalDate(String label);

  /**
   * Binary content ({@code BLOB}, {@code VARBINARY}), as a copy.
   *
   * @param label the column label
   * @return the bytes
   * @throws IllegalStateException when the value is {@code NULL}
   */
  byte[] bytes(String label);

  /**
   * Binary content that may be {@code NULL}.
   *
   * @param label the column label
   * @return the bytes, or empty for {@code NULL}
   */
  Optional<byte[]> optionalBytes(String label);

  /**
   * A text column read as a constant of an enum, by its exact name.
   *
   * @param label the column label
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant
   * @throws IllegalStateException when the value is {@code NULL} or names no constant of the type
   */
  <E extends Enum<E>> E enumValue(String label, Class<E> type);
}
