package eu.remhub.portal.runtime.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough SQL lexing for the plugin table rule and for running migration scripts in tests:
 * blank out comments and string literals, and split a script into statements. Not a parser; it
 * knows MySQL's comment forms and quote rules.
 *
 * @since 1.0.0
 */
public final class SqlText {

  private SqlText() {}

  /**
   * Replaces comments with a space and the content of string literals with nothing, so that words
   * inside them are not taken for SQL. Quoted identifiers (backticks, double quotes) are kept.
   *
   * @param sql the statement
   * @return the statement without comments and with empty string literals
   */
  public static String withoutCommentsAndStrings(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      int end = skipCommentOrString(sql, i);
      if (end == i) {
        out.append(sql.charAt(i++));
      } else {
        out.append(sql.charAt(i) == '\'' ? "''" : " ");
        i = end;
      }
    }
    return out.toString();
  }

  /**
   * Splits a script on the semicolons that end statements (not those inside comments or strings).
   *
   * @param script the script
   * @return the statements, trimmed, without empty ones
   */
  public static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < script.length()) {
      int end = skipCommentOrString(script, i);
      if (end > i) {
        i = end;
      } else if (script.charAt(i) == ';') {
        add(statements, script.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
    }
    add(statements, script.substring(start));
    return statements;
  }

  private static void add(List<String> statements, String statement) {
    if (!withoutCommentsAndStrings(statement).isBlank()) {
      statements.add(statement.trim());
    }
  }

  /** Returns the index after the comment or string literal at {@code i}, or {@code i} if none. */
  private static int skipCommentOrString(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'') {
      return endOfString(sql, i);
    }
    if (c == '#' || (c == '-' && sql.startsWith("--", i))) {
      int newline = sql.indexOf('\n', i);
      return newline < 0 ? sql.length() : newline;
    }
    if (c == '/' && sql.startsWith("/*", i)) {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? sql.length() : close + 2;
    }
    return i;
  }

  private static int endOfString(String sql, int open) {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
        i += 2;
      } else if (c == '\'') {
        return i + 1;
      } else {
        i++;
      }
    }
    return sql.length();
  }
}
