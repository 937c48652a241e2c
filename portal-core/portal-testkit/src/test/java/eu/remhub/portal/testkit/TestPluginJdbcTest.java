package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestPluginJdbcTest {

  private final TestPluginContext context = new TestPluginContext("kit-test");
  private final TestPluginJdbc jdbc = context.jdbc();

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void tablePrefix_isThePluginIdWithUnderscores() {
    assertThat(jdbc.tablePrefix()).isEqualTo("kit_test_");
  }

  @Test
  void migrate_runsTheScriptsInVersionOrder() {
    assertThat(context.migrate())
        .containsExactly(
            "V1__create_course.sql", "V2__create_enrolment.sql", "V10__add_course_level.sql");
    assertThat(jdbc.insert("INSERT INTO kit_test_course (title) VALUES (?)", "Magnet recycling"))
        .isPositive();
    assertThat(jdbc.queryOne("SELECT level FROM kit_test_course", row -> row.getString(1)))
        .contains("basic");
  }

  @Test
  void migrateAgain_runsNothingTwice() {
    context.migrate();

    assertThat(context.migrate()).isEmpty();
    assertThat(jdbc.appliedMigrations()).hasSize(3);
  }

  @Test
  void migrationNamingAForeignTable_isRefused() {
    try (TestPluginContext foreign = new TestPluginContext("kit-foreign")) {
      assertThatThrownBy(foreign::migrate)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("V1__create_users.sql")
          .hasMessageContaining("'users'");
    }
  }

  @Test
  void statementOnAForeignTable_isRefusedBeforeItRuns() {
    assertThatThrownBy(() -> jdbc.query("SELECT * FROM person", row -> row.getLong(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kit_test_");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM membership"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void query_mapsEveryRowWithPositionalArguments() {
    context.migrate();
    jdbc.insert("INSERT INTO kit_test_course (title, level) VALUES (?, ?)", "Basics", "basic");
    jdbc.insert(
        "INSERT INTO kit_test_course (title, level) VALUES (?, ?)", "Sintering", "advanced");

    List<String> advanced =
        jdbc.query(
            "SELECT title FROM kit_test_course WHERE level = ? ORDER BY id",
            row -> row.getString("title"),
            "advanced");

    assertThat(advanced).containsExactly("Sintering");
  }

  @Test
  void queryOne_refusesMoreThanOneRow() {
    context.migrate();
    jdbc.update("INSERT INTO kit_test_course (title) VALUES ('a'), ('b')");

    assertThatThrownBy(() -> jdbc.queryOne("SELECT id FROM kit_test_course", row -> row.getLong(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void failingStatement_throwsWithTheDatabaseError() {
    context.migrate();

    assertThatThrownBy(() -> jdbc.update("INSERT INTO kit_test_course (nonexistent) VALUES (1)"))
        .isInstanceOf(IllegalStateException.class)
        .hasCauseInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void transactionThatThrows_leavesNoRows() {
    context.migrate();

    assertThatThrownBy(
            () ->
                jdbc.inTransaction(
                    () -> {
                      jdbc.insert("INSERT INTO kit_test_course (title) VALUES (?)", "Lost");
                      throw new IllegalStateException("changed my mind");
                    }))
        .hasMessage("changed my mind");

    assertThat(jdbc.queryOne("SELECT COUNT(*) FROM kit_test_course", row -> row.getInt(1)))
        .contains(0);
  }

  @Test
  void nestedTransaction_joinsTheOuterOne() {
    context.migrate();

    assertThatThrownBy(
            () ->
                jdbc.inTransaction(
                    () -> {
                      jdbc.inTransaction(
                          () ->
                              jdbc.insert("INSERT INTO kit_test_course (title) VALUES ('inner')"));
                      throw new IllegalStateException("outer fails");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(jdbc.query("SELECT title FROM kit_test_course", row -> row.getString(1))).isEmpty();
  }

  @Test
  void committedTransaction_keepsItsRowsAndReturnsTheResult() {
    context.migrate();

    long id =
        jdbc.inTransaction(
            () -> jdbc.insert("INSERT INTO kit_test_course (title) VALUES ('kept')"));

    assertThat(
            jdbc.queryOne(
                "SELECT title FROM kit_test_course WHERE id = ?", row -> row.getString(1), id))
        .contains("kept");
  }

  @Test
  void select_readsRowsByLabel_andJoinsTheTransaction() {
    context.migrate();

    List<String> titles =
        jdbc.inTransaction(
            () -> {
              jdbc.insert(
                  "INSERT INTO kit_test_course (title, level) VALUES (?, ?)", "Basics", "basic");
              jdbc.insert(
                  "INSERT INTO kit_test_course (title, level) VALUES (?, ?)",
                  "Sintering",
                  "advanced");
              return jdbc.select(
                  "SELECT id, title AS name, level FROM kit_test_course WHERE level = ? ORDER BY id",
                  row ->
                      row.string("name")
                          + "/"
                          + row.string("LEVEL")
                          + "/"
                          + (row.getLong("id") > 0),
                  "advanced");
            });

    assertThat(titles).containsExactly("Sintering/advanced/true");
  }

  @Test
  void selectOne_answersEmptyOrTheRow_andRefusesTwo() {
    context.migrate();
    assertThat(jdbc.selectOne("SELECT title FROM kit_test_course", row -> row.string("title")))
        .isEmpty();
    jdbc.update("INSERT INTO kit_test_course (title) VALUES ('a'), ('b')");

    assertThat(
            jdbc.selectOne(
                "SELECT note FROM kit_test_course WHERE title = ?", row -> row.string("note"), "a"))
        .contains("none; really");
    assertThatThrownBy(
            () -> jdbc.selectOne("SELECT id FROM kit_test_course", row -> row.getLong("id")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at most one row");
  }

  @Test
  void select_onAForeignTable_isRefusedBeforeItRuns() {
    assertThatThrownBy(() -> jdbc.select("SELECT * FROM person", row -> row.getLong("id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kit_test_");
  }
}
