package eu.remhub.portal.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.service.Row;
import eu.remhub.portal.api.service.RowReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads real H2 results in MySQL mode, as the portal's embedded database does. */
class ResultSetRowTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Connection connection;

  @BeforeEach
  void createTable() throws SQLException {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:rows"
                + DATABASES.incrementAndGet()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE course (id BIGINT PRIMARY KEY, title VARCHAR(100), seats INT,"
              + " fee DECIMAL(10,2), open BOOLEAN, starts_on DATE, created_at DATETIME(6),"
              + " logo VARBINARY(10), level VARCHAR(20))");
      statement.execute(
          "INSERT INTO course VALUES (1, 'Magnet recycling', 12, 450.50, TRUE, '2027-03-01',"
              + " '2026-12-04 10:15:30.5', X'CAFE', 'ADVANCED')");
      statement.execute(
          "INSERT INTO course VALUES (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    connection.close();
  }

  private enum Level {
    BASIC,
    ADVANCED
  }

  private <T> List<T> read(String sql, RowReader<T> reader) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery(sql)) {
      return ResultSetRow.readAll(results, reader);
    }
  }

  @Test
  void typedReads_returnTheStoredValues() throws SQLException {
    record Course(
        long id,
        String title,
        int seats,
        BigDecimal fee,
        boolean open,
        LocalDate startsOn,
        Instant created,
        LocalDateTime createdLocal,
        byte[] logo,
        Level level) {}

    List<Course> courses =
        read(
            "SELECT * FROM course WHERE id = 1",
            row ->
                new Course(
                    row.getLong("id"),
                    row.string("TITLE"),
                    row.getInt("seats"),
                    row.decimal("fee"),
                    row.getBoolean("open"),
                    row.localDate("starts_on"),
                    row.instant("created_at"),
                    row.localDateTime("created_at"),
                    row.bytes("logo"),
                    row.enumValue("level", Level.class)));

    assertThat(courses).hasSize(1);
    Course course = courses.getFirst();
    assertThat(course.id()).isEqualTo(1);
    assertThat(course.title()).isEqualTo("Magnet recycling");
    assertThat(course.seats()).isEqualTo(12);
    assertThat(course.fee()).isEqualByComparingTo("450.50");
    assertThat(course.open()).isTrue();
    assertThat(course.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(course.created()).isEqualTo(Instant.parse("2026-12-04T10:15:30.5Z"));
    assertThat(course.createdLocal())
        .isEqualTo(LocalDateTime.of(2026, 12, 4, 10, 15, 30, 500_000_000));
    assertThat(course.logo()).containsExactly(0xCA, 0xFE);
    assertThat(course.level()).isEqualTo(Level.ADVANCED);
  }

  @Test
  void optionalReads_answerEmptyForNull() throws SQLException {
    List<List<Object>> rows =
        read(
            "SELECT * FROM course WHERE id = 2",
            row ->
                List.of(
                    row.optionalString("title"),
                    row.optionalInt("seats"),
                    row.optionalLong("seats"),
                    row.optionalDecimal("fee"),
                    row.optionalBoolean("open"),
                    row.optionalLocalDate("starts_on"),
                    row.optionalInstant("created_at"),
                    row.optionalLocalDateTime("created_at"),
                    row.optionalBytes("logo"),
                    row.isNull("level")));

    assertThat(rows.getFirst().subList(0, 9))
        .allSatisfy(value -> assertThat(value).isEqualTo(java.util.Optional.empty()));
    assertThat(rows.getFirst().get(9)).isEqualTo(true);
  }

  @Test
  void plainReadOfNull_isRefusedNamingTheColumn() {
    assertThatThrownBy(
            () -> read("SELECT seats FROM course WHERE id = 2", row -> row.getInt("seats")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("seats")
        .hasMessageContaining("NULL");
  }

  @Test
  void unknownLabel_isRefusedListingTheColumns() {
    assertThatThrownBy(() -> read("SELECT id, title FROM course", row -> row.string("name")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'name'")
        .hasMessageContaining("title");
  }

  @Test
  void aliases_areLabels_andHasAnswersForThem() throws SQLException {
    List<Boolean> answers =
        read(
            "SELECT COUNT(*) AS total FROM course",
            row -> row.has("Total") && !row.has("id") && row.getLong("total") == 2);

    assertThat(answers).containsExactly(true);
  }

  @Test
  void textThatNamesNoConstant_isRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "SELECT title FROM course WHERE id = 1",
                    row -> row.enumValue("title", Level.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Magnet recycling")
        .hasMessageContaining("Level");
  }

  @Test
  void everyRowIsRead_inResultOrder() throws SQLException {
    assertThat(read("SELECT id FROM course ORDER BY id DESC", row -> row.getLong("id")))
        .containsExactly(2L, 1L);
  }

  @Test
  void moreThanOneRow_whereOneWasExpected_isRefused() {
    assertThat(ResultSetRow.atMostOne(List.of(), "q")).isEmpty();
    assertThat(ResultSetRow.atMostOne(List.of("a"), "q")).contains("a");
    assertThatThrownBy(() -> ResultSetRow.atMostOne(List.of("a", "b"), "SELECT x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2")
        .hasMessageContaining("SELECT x");
  }

  @Test
  void theRowOffersNoWayToTheResultSet() {
    assertThat(Row.class.getMethods())
        .allSatisfy(
            method -> assertThat(method.getReturnType().getPackageName()).isNotEqualTo("java.sql"));
  }
}
