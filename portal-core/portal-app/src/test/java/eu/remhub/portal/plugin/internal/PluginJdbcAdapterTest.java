package eu.remhub.portal.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The portal's plugin database access over a real H2 in MySQL mode, with Spring's transactions. */
class PluginJdbcAdapterTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private PluginJdbcAdapter jdbc;

  @BeforeEach
  void createDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:adapter"
            + DATABASES.incrementAndGet()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    JdbcClient client = JdbcClient.create(dataSource);
    jdbc =
        new PluginJdbcAdapter(
            "pilot-calls",
            client,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    client
        .sql(
            "CREATE TABLE pilot_calls_call (id BIGINT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(80) NOT NULL, budget DECIMAL(12,2))")
        .update();
    client.sql("CREATE TABLE person (id BIGINT PRIMARY KEY)").update();
  }

  @Test
  void select_readsRowsByLabel() {
    jdbc.insert(
        "INSERT INTO pilot_calls_call (title, budget) VALUES (?, ?)",
        "Recycling",
        new java.math.BigDecimal("1000.00"));
    jdbc.insert("INSERT INTO pilot_calls_call (title) VALUES (?)", "Sintering");

    List<String> calls =
        jdbc.select(
            "SELECT title, budget FROM pilot_calls_call ORDER BY id",
            row ->
                row.string("title")
                    + ":"
                    + row.optionalDecimal("budget").map(b -> b.toPlainString()).orElse("-"));

    assertThat(calls).containsExactly("Recycling:1000.00", "Sintering:-");
  }

  @Test
  void selectOne_refusesTwoRows_andAnswersOne() {
    jdbc.update("INSERT INTO pilot_calls_call (title) VALUES ('a'), ('b')");

    assertThat(
            jdbc.selectOne(
                "SELECT id FROM pilot_calls_call WHERE title = ?", row -> row.getLong("id"), "b"))
        .isPresent();
    assertThatThrownBy(
            () -> jdbc.selectOne("SELECT id FROM pilot_calls_call", row -> row.getLong("id")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at most one row");
  }

  @Test
  void select_onAForeignTable_isRefused() {
    assertThatThrownBy(() -> jdbc.select("SELECT id FROM person", row -> row.getLong("id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pilot_calls_");
  }

  @Test
  void failingSelect_throwsWithTheDatabaseError() {
    assertThatThrownBy(
            () -> jdbc.select("SELECT nothing FROM pilot_calls_call", row -> row.string("nothing")))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void theOneZeroForm_keepsWorking() {
    jdbc.insert("INSERT INTO pilot_calls_call (title) VALUES (?)", "Legacy");

    assertThat(jdbc.queryOne("SELECT title FROM pilot_calls_call", rs -> rs.getString(1)))
        .contains("Legacy");
  }
}
