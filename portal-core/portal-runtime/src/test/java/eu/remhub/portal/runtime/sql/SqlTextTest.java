package eu.remhub.portal.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

  @Test
  void statements_splitAtSemicolonsOutsideStringsAndComments() {
    String script =
        """
        -- first; still a comment
        CREATE TABLE a (note VARCHAR(20) DEFAULT 'x;y');
        /* a; b */ INSERT INTO a VALUES ('it''s; fine');
        ;
        """;

    assertThat(SqlText.statements(script))
        .containsExactly(
            "-- first; still a comment\nCREATE TABLE a (note VARCHAR(20) DEFAULT 'x;y')",
            "/* a; b */ INSERT INTO a VALUES ('it''s; fine')");
  }

  @Test
  void withoutCommentsAndStrings_keepsTheStatementsWords() {
    assertThat(SqlText.withoutCommentsAndStrings("SELECT 'from x' # FROM y\nFROM t"))
        .isEqualTo("SELECT ''  \nFROM t");
  }
}
