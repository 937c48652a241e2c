package eu.remhub.plugin.passport.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: comma-separated, fields in double quotes may hold commas, line
 * breaks and doubled quotes. Each record keeps the line number it starts on, for error messages.
 */
final class Csv {

  /** One record and the line it starts on. */
  record Row(int line, List<String> cells) {}

  private Csv() {}

  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int startLine = 1;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        addUnlessBlank(rows, startLine, cells);
        cells = new ArrayList<>();
        line++;
        startLine = line;
      } else {
        cell.append(c);
      }
    }
    if (!cell.isEmpty() || !cells.isEmpty()) {
      cells.add(cell.toString());
      addUnlessBlank(rows, startLine, cells);
    }
    return rows;
  }

  private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
    if (cells.stream().anyMatch(value -> !value.isBlank())) {
      rows.add(new Row(line, cells.stream().map(String::strip).toList()));
    }
  }
}
