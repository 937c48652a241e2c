package eu.remhub.portal.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginTableGuardTest {

  private static final String PREFIX = "pilot_calls_";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM pilot_calls_call WHERE id = ?",
        "select c.id from pilot_calls_call c join pilot_calls_review r on r.call_id = c.id",
        "SELECT * FROM pilot_calls_call a, pilot_calls_review b WHERE a.id = b.call_id",
        "INSERT INTO pilot_calls_call (title) VALUES ('from users into person')",
        "INSERT INTO `pilot_calls_call` (id, title) VALUES (?, ?) ON DUPLICATE KEY UPDATE title ="
            + " VALUES(title)",
        "UPDATE pilot_calls_call SET title = ? WHERE id = ?",
        "DELETE FROM pilot_calls_call WHERE id = ?",
        "SELECT id FROM pilot_calls_call WHERE id = ? FOR UPDATE",
        "CREATE TABLE IF NOT EXISTS pilot_calls_call (id BIGINT PRIMARY KEY)",
        "DROP TABLE IF EXISTS pilot_calls_call",
        "ALTER TABLE pilot_calls_call ADD COLUMN closes_at TIMESTAMP",
        "CREATE INDEX pilot_calls_call_title ON pilot_calls_call (title)",
        "SELECT EXTRACT(YEAR FROM closes_at), TRIM(LEADING ' ' FROM title) FROM pilot_calls_call",
        "WITH recent AS (SELECT * FROM pilot_calls_call) SELECT * FROM recent",
        "SELECT COUNT(*) FROM (SELECT id FROM pilot_calls_call) counted",
        "SELECT 1 FROM DUAL",
        "SELECT 1 -- FROM person\n FROM pilot_calls_call /* JOIN person */",
      })
  void statementOnOwnTables_passes(String sql) {
    assertThatCode(() -> PluginTableGuard.check(sql, PREFIX)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM person",
        "SELECT * FROM pilot_calls_call c JOIN person p ON p.id = c.person_id",
        "SELECT * FROM pilot_calls_call a, organisation b",
        "INSERT INTO audit_log (action) VALUES ('x')",
        "UPDATE membership SET status = 'active'",
        "DELETE FROM person WHERE id = ?",
        "DROP TABLE person",
        "CREATE TABLE pilot_calls_x (person_id BIGINT REFERENCES person (id))",
        "SELECT * FROM information_schema.tables",
        "SELECT * FROM other_schema.pilot_calls_call",
        "SELECT * FROM `person`",
        "SELECT * FROM (SELECT id FROM person) p",
      })
  void statementNamingAnotherTable_isRefused(String sql) {
    assertThatThrownBy(() -> PluginTableGuard.check(sql, PREFIX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PREFIX);
  }

  @Test
  void tableNames_areFoundInOrderWithoutAliases() {
    assertThat(
            PluginTableGuard.tableNames(
                "SELECT * FROM pilot_calls_call c LEFT JOIN pilot_calls_review AS r ON r.call_id ="
                    + " c.id"))
        .containsExactly("pilot_calls_call", "pilot_calls_review");
  }

  @Test
  void prefixCheck_ignoresCase() {
    assertThatCode(() -> PluginTableGuard.check("SELECT * FROM PILOT_CALLS_CALL", PREFIX))
        .doesNotThrowAnyException();
  }
}
