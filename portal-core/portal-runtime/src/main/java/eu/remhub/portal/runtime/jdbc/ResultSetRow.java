package eu.remhub.portal.runtime.jdbc;

import eu.remhub.portal.api.service.Row;
import eu.remhub.portal.api.service.RowReader;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The current row of a {@link ResultSet} as a {@link Row}. The result set stays private: plugin
 * code sees values, never the statement or the connection.
 *
 * <p>One instance follows the cursor of one result set; {@link #readAll} moves the cursor and hands
 * the same instance to the reader for every row. Labels are looked up once per result set, without
 * regard to case. Not thread-safe, like the result set it reads.
 */
public final class ResultSetRow implements Row {

  private final ResultSet results;
  private final Map<String, Integer> columns;

  private ResultSetRow(ResultSet results) throws SQLException {
    this.results = results;
    ResultSetMetaData meta = results.getMetaData();
    Map<String, Integer> byLabel = new HashMap<>();
    for (int i = meta.getColumnCount(); i >= 1; i--) {
      // Walk backwards so that the first of two equal labels wins, as in ResultSet.findColumn.
      byLabel.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
    }
    this.columns = Map.copyOf(byLabel);
  }

  /**
   * Reads every remaining row of a result set.
   *
   * @param results the result set, before its first row
   * @param reader reads each row
   * @param <T> the row type
   * @return the rows in result order
   * @throws SQLException when the result set cannot be read
   */
  public static <T> List<T> readAll(ResultSet results, RowReader<T> reader) throws SQLException {
    ResultSetRow row = new ResultSetRow(results);
    List<T> all = new ArrayList<>();
    while (results.next()) {
      all.add(reader.read(row));
    }
    return all;
  }

  /**
   * The one row a query was expected to return.
   *
   * @param rows the rows read
   * @param sql the statement, for the message
   * @param <T> the row type
   * @return the row, or empty for none
   * @throws IllegalStateException when there is more than one
   */
  public static <T> Optional<T> atMostOne(List<T> rows, String sql) {
    if (rows.size() > 1) {
      throw new IllegalStateException("Expected at most one row, got " + rows.size() + ": " + sql);
    }
    return rows.stream().findFirst();
  }

  @Override
  public boolean has(String label) {
    return columns.containsKey(key(label));
  }

  @Override
  public boolean isNull(String label) {
    return value(label, null) == null;
  }

  @Override
  public String string(String label) {
    return required(label, optionalString(label));
  }

  @Override
  public Optional<String> optionalString(String label) {
    return Optional.ofNullable(value(label, String.class));
  }

  @Override
  public int getInt(String label) {
    return required(label, optionalInt(label));
  }

  @Override
  public Optional<Integer> optionalInt(String label) {
    return optionalLong(label)
        .map(
            value -> {
              if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalStateException(
                    "Column " + label + " holds " + value + ", which does not fit an int");
              }
              return value.intValue();
            });
  }

  @Override
  public long getLong(String label) {
    return required(label, optionalLong(label));
  }

  @Override
  public Optional<Long> optionalLong(String label) {
    return Optional.ofNullable(value(label, Long.class));
  }

  @Override
  public boolean getBoolean(String label) {
    return required(label, optionalBoolean(label));
  }

  @Override
  public Optional<Boolean> optionalBoolean(String label) {
    return Optional.ofNullable(value(label, Boolean.class));
  }

  @Override
  public BigDecimal decimal(String label) {
    return required(label, optionalDecimal(label));
  }

  @Override
  public Optional<BigDecimal> optionalDecimal(String label) {
    return Optional.ofNullable(value(label, BigDecimal.class));
  }

  @Override
  public Instant instant(String label) {
    return required(label, optionalInstant(label));
  }

  @Override
  public Optional<Instant> optionalInstant(String label) {
    Object raw = value(label, null);
    if (raw instanceof OffsetDateTime offset) {
      return Optional.of(offset.toInstant());
    }
    if (raw instanceof Instant instant) {
      return Optional.of(instant);
    }
    // DATETIME and TIMESTAMP hold the portal's UTC wall-clock time.
    return optionalLocalDateTime(label).map(local -> local.toInstant(ZoneOffset.UTC));
  }

  @Override
  public LocalDateTime localDateTime(String label) {
    return required(label, optionalLocalDateTime(label));
  }

  @Override
  public Optional<LocalDateTime> optionalLocalDateTime(String label) {
    return Optional.ofNullable(value(label, LocalDateTime.class));
  }

  @Override
  public LocalDate localDate(String label) {
    return required(label, optionalLocalDate(label));
  }

  @Override
  public Optional<LocalDate> optionalLocalDate(String label) {
    return Optional.ofNullable(value(label, LocalDate.class));
  }

  @Override
  public byte[] bytes(String label) {
    return required(label, optionalBytes(label));
  }

  @Override
  public Optional<byte[]> optionalBytes(String label) {
    return Optional.ofNullable(value(label, byte[].class)).map(byte[]::clone);
  }

  @Override
  public <E extends Enum<E>> E enumValue(String label, Class<E> type) {
    String name = string(label);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Column " + label + " holds '" + name + "', which is no " + type.getSimpleName(), e);
    }
  }

  /** The value as the given type, or as the driver's own type when {@code type} is null. */
  private <T> T value(String label, Class<T> type) {
    Integer index = columns.get(key(label));
    if (index == null) {
      throw new IllegalArgumentException(
          "The result has no column '" + label + "'; it has " + columns.keySet());
    }
    try {
      @SuppressWarnings("unchecked")
      T value = type == null ? (T) results.getObject(index) : results.getObject(index, type);
      return value;
    } catch (SQLException e) {
      String wanted = type == null ? "a value" : type.getSimpleName();
      throw new IllegalStateException(
          "Column " + label + " cannot be read as " + wanted + ": " + e.getMessage(), e);
    }
  }

  private static <T> T required(String label, Optional<T> value) {
    return value.orElseThrow(
        () ->
            new IllegalStateException(
                "Column " + label + " is NULL; read it with the optional form"));
  }

  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT);
  }
}
