package eu.remhub.portal.runtime.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses SQL that names a table outside a plugin's own, the rule {@link
 * eu.remhub.portal.api.service.PluginJdbc} states.
 *
 * <p>It reads the name after {@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE}, {@code
 * TABLE} and {@code REFERENCES} (and comma-separated lists after {@code FROM} and {@code UPDATE}),
 * ignoring comments, string literals, common table expression names and the {@code FROM} inside
 * {@code EXTRACT}/{@code TRIM}/{@code SUBSTRING}. It is a keyword scan, not a parser: its purpose
 * is to refuse statements that reach past a plugin's tables, in the portal and, identically, in the
 * test kit, so that a plugin's tests see what production will do.
 *
 * @since 1.0.0
 */
public final class PluginTableGuard {

  private static final Set<String> TABLE_KEYWORDS =
      Set.of("FROM", "JOIN", "STRAIGHT_JOIN", "INTO", "UPDATE", "TABLE", "REFERENCES");
  private static final Set<String> FUNCTIONS_WITH_FROM =
      Set.of("EXTRACT", "TRIM", "SUBSTRING", "SUBSTR", "POSITION", "OVERLAY");
  private static final Set<String> MODIFIERS =
      Set.of("LOW_PRIORITY", "IGNORE", "QUICK", "IF", "NOT", "EXISTS", "ONLY");
  private static final Set<String> NOT_TABLES = Set.of("DUAL", "OUTFILE", "DUMPFILE");

  private PluginTableGuard() {}

  /**
   * Checks a statement.
   *
   * @param sql the statement
   * @param prefix the table prefix, such as {@code pilot_calls_}
   * @throws IllegalArgumentException naming the first table outside the prefix
   */
  public static void check(String sql, String prefix) {
    check(sql, List.of(prefix));
  }

  /**
   * Checks a statement against the prefixes a plugin's tables may carry.
   *
   * @param sql the statement
   * @param prefixes the table prefixes, the first one the plugin's own ({@code p_pilot_calls_}),
   *     the others accepted as well ({@code pilot_calls_} of plugins written before it)
   * @throws IllegalArgumentException naming the first table outside every prefix
   */
  public static void check(String sql, List<String> prefixes) {
    for (String table : tableNames(sql)) {
      String lower = table.toLowerCase(Locale.ROOT);
      // A schema-qualified name reaches past the plugin's own schema objects: refused as well.
      if (table.contains(".")
          || prefixes.stream().noneMatch(p -> lower.startsWith(p.toLowerCase(Locale.ROOT)))) {
        throw new IllegalArgumentException(
            "Table '"
                + table
                + "' is not the plugin's own: its tables start with '"
                + prefixes.getFirst()
                + "'. Statement: "
                + sql);
      }
    }
  }

  /**
   * The tables a statement names, in order of appearance.
   *
   * @param sql the statement
   * @return the table names, schema-qualified where the statement qualifies them
   */
  public static Set<String> tableNames(String sql) {
    List<String> tokens = tokens(SqlText.withoutCommentsAndStrings(sql));
    Set<String> cteNames = cteNames(tokens);
    Set<String> tables = new LinkedHashSet<>();
    Deque<String> openedBy = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String previous = i > 0 ? upper(tokens.get(i - 1)) : "";
      if (token.equals("(")) {
        openedBy.push(previous);
      } else if (token.equals(")")) {
        openedBy.poll();
      } else if (namesTable(upper(token), previous, openedBy.peek())) {
        boolean list = upper(token).equals("FROM") || upper(token).equals("UPDATE");
        readTables(tokens, i + 1, list, tables);
      }
    }
    tables.removeIf(name -> cteNames.contains(name.toLowerCase(Locale.ROOT)));
    return tables;
  }

  private static boolean namesTable(String keyword, String previous, String innermostCall) {
    if (!TABLE_KEYWORDS.contains(keyword)) {
      return false;
    }
    return switch (keyword) {
      // ON DUPLICATE KEY UPDATE and SELECT ... FOR UPDATE name columns or nothing, not tables.
      case "UPDATE" -> !previous.equals("KEY") && !previous.equals("FOR");
      case "FROM" ->
          !previous.equals("DISTINCT")
              && (innermostCall == null || !FUNCTIONS_WITH_FROM.contains(innermostCall));
      default -> true;
    };
  }

  private static void readTables(List<String> tokens, int start, boolean list, Set<String> into) {
    int i = start;
    while (i < tokens.size() && MODIFIERS.contains(upper(tokens.get(i)))) {
      i++;
    }
    while (i < tokens.size() && isWord(tokens.get(i))) {
      StringBuilder name = new StringBuilder(tokens.get(i++));
      while (i + 1 < tokens.size() && tokens.get(i).equals(".") && isWord(tokens.get(i + 1))) {
        name.append('.').append(tokens.get(i + 1));
        i += 2;
      }
      if (!NOT_TABLES.contains(upper(name.toString()))) {
        into.add(name.toString());
      }
      if (!list) {
        return;
      }
      // Skip an alias ("t AS a", "t a"), then continue only at a comma.
      if (i < tokens.size() && upper(tokens.get(i)).equals("AS")) {
        i++;
      }
      if (i < tokens.size() && isWord(tokens.get(i))) {
        i++;
      }
      if (i >= tokens.size() || !tokens.get(i).equals(",")) {
        return;
      }
      i++;
    }
  }

  private static Set<String> cteNames(List<String> tokens) {
    Set<String> names = new HashSet<>();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      String before = upper(tokens.get(i - 1));
      boolean listed = before.equals("WITH") || before.equals("RECURSIVE") || before.equals(",");
      if (listed
          && isWord(tokens.get(i))
          && upper(tokens.get(i + 1)).equals("AS")
          && tokens.get(i + 2).equals("(")) {
        names.add(tokens.get(i).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** Words (identifiers and keywords, quoted identifiers unquoted) and single punctuation marks. */
  private static List<String> tokens(String sql) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '`' || c == '"') {
        int close = sql.indexOf(c, i + 1);
        int end = close < 0 ? sql.length() : close;
        tokens.add(sql.substring(i + 1, end));
        i = end + 1;
      } else if (isWordChar(c)) {
        int end = i;
        while (end < sql.length() && isWordChar(sql.charAt(end))) {
          end++;
        }
        tokens.add(sql.substring(i, end));
        i = end;
      } else {
        tokens.add(String.valueOf(c));
        i++;
      }
    }
    return tokens;
  }

  private static boolean isWord(String token) {
    return !token.isEmpty() && (token.length() > 1 || isWordChar(token.charAt(0)));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static String upper(String token) {
    return token.toUpperCase(Locale.ROOT);
  }
}
