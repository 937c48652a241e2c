package eu.remhub.plugin.passport.io;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.Constituent;
import eu.remhub.plugin.passport.model.ConstituentRole;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.HostCategory;
import eu.remhub.plugin.passport.model.HostProduct;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.MagnetFamily;
import eu.remhub.plugin.passport.model.Origin;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.model.Stage;
import eu.remhub.plugin.passport.model.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two CSV layouts imports take. Passports: one row per kind of magnet, rows with the same
 * {@code reference} forming one passport, passport columns given on its first row. Events: one row
 * per event, naming its passport by id, Digital Link or the reference of a passport in the same
 * import. Lists inside a cell are separated by {@code ;}, as in {@code Nd=23.4; Ni=0.45@coating}.
 */
final class CsvPassports {

  static final List<String> PASSPORT_COLUMNS =
      List.of(
          "reference",
          "gtin",
          "batch",
          "serial",
          "granularity",
          "status",
          "host_category",
          "host_description",
          "family",
          "grade",
          "mass_g",
          "count",
          "location",
          "coating",
          "max_temp_c",
          "composition",
          "recycled_content",
          "recycled_method",
          "recycled_verifier",
          "origins",
          "footprint_kg_co2e_per_kg",
          "footprint_class",
          "footprint_method",
          "removal_instructions");
  static final List<String> EVENT_COLUMNS =
      List.of("passport", "type", "occurred_at", "country", "place", "actor", "note", "inputs");
  private static final List<String> MAGNET_COLUMNS =
      List.of(
          "family", "grade", "mass_g", "count", "location", "coating", "max_temp_c", "composition");

  private CsvPassports() {}

  /** A passport read from its rows, with the CSV line of each magnet for messages. */
  record Parsed(int line, PassportInput input, List<Integer> magnetLines) {}

  /** An event read from its row. */
  record ParsedEvent(int line, String passport, CustodyEvent event) {}

  /** A cell that cannot be read. */
  static class CellException extends RuntimeException {
    CellException(String column, String message) {
      super(column + ": " + message);
    }
  }

  static boolean isEventLayout(List<String> header) {
    return header.contains("type") && header.contains("occurred_at");
  }

  static List<Parsed> passports(List<Csv.Row> rows, List<ImportProblem> problems) {
    List<String> header = rows.get(0).cells();
    missing(
        header,
        List.of(
            "reference",
            "gtin",
            "granularity",
            "family",
            "grade",
            "mass_g",
            "count",
            "composition"),
        "passports",
        problems);
    if (!problems.isEmpty()) {
      return List.of();
    }
    Map<String, List<Csv.Row>> byReference = new LinkedHashMap<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      String reference = cell(header, row, "reference");
      if (reference.isEmpty()) {
        problems.add(
            new ImportProblem(
                row.line(), "passports", "reference: every row names the passport it belongs to"));
      } else {
        byReference.computeIfAbsent(reference, r -> new ArrayList<>()).add(row);
      }
    }
    List<Parsed> parsed = new ArrayList<>();
    for (Map.Entry<String, List<Csv.Row>> group : byReference.entrySet()) {
      try {
        parsed.add(passport(header, group.getKey(), group.getValue()));
      } catch (CellException e) {
        problems.add(new ImportProblem(lineOf(e, group.getValue()), "passports", e.getMessage()));
      }
    }
    return parsed;
  }

  static List<ParsedEvent> events(List<Csv.Row> rows, List<ImportProblem> problems) {
    List<String> header = rows.get(0).cells();
    missing(header, List.of("passport", "type", "occurred_at"), "events", problems);
    if (!problems.isEmpty()) {
      return List.of();
    }
    List<ParsedEvent> events = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      try {
        events.add(
            new ParsedEvent(
                row.line(),
                cell(header, row, "passport"),
                new CustodyEvent(
                    enumValue(EventType.class, "type", cell(header, row, "type")),
                    instant(cell(header, row, "occurred_at")),
                    cell(header, row, "country"),
                    cell(header, row, "place"),
                    cell(header, row, "actor"),
                    cell(header, row, "note"),
                    list(cell(header, row, "inputs"), "\\|"))));
      } catch (CellException e) {
        problems.add(new ImportProblem(row.line(), "events", e.getMessage()));
      }
    }
    return events;
  }

  private static Parsed passport(List<String> header, String reference, List<Csv.Row> rows) {
    Csv.Row first = rows.get(0);
    for (Csv.Row row : rows.subList(1, rows.size())) {
      for (String column : header) {
        if (!MAGNET_COLUMNS.contains(column) && !column.equals("reference")) {
          String value = cell(header, row, column);
          if (!value.isEmpty() && !value.equals(cell(header, first, column))) {
            throw new LineException(
                row.line(),
                column,
                "differs from line "
                    + first.line()
                    + " of passport "
                    + reference
                    + "; give passport columns on its first row only");
          }
        }
      }
    }
    List<Magnet> magnets = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (Csv.Row row : rows) {
      try {
        magnets.add(magnet(header, row));
        lines.add(row.line());
      } catch (CellException e) {
        throw new LineException(row.line(), e);
      }
    }
    String category = cell(header, first, "host_category");
    BigDecimal footprint =
        decimal("footprint_kg_co2e_per_kg", cell(header, first, "footprint_kg_co2e_per_kg"));
    String footprintClass = cell(header, first, "footprint_class");
    PassportInput input =
        new PassportInput(
            reference,
            new Identifier(
                cell(header, first, "gtin"),
                cell(header, first, "batch"),
                cell(header, first, "serial")),
            enumValue(Granularity.class, "granularity", cell(header, first, "granularity")),
            optionalEnum(Status.class, "status", cell(header, first, "status")),
            null,
            null,
            new HostProduct(
                category.isEmpty()
                    ? null
                    : enumValue(HostCategory.class, "host_category", category),
                cell(header, first, "host_description")),
            magnets,
            recycled(
                cell(header, first, "recycled_content"),
                cell(header, first, "recycled_method"),
                cell(header, first, "recycled_verifier")),
            origins(cell(header, first, "origins")),
            footprint == null && footprintClass.isEmpty()
                ? null
                : new CarbonFootprint(
                    footprint,
                    footprintClass.isEmpty() ? null : footprintClass,
                    cell(header, first, "footprint_method")),
            cell(header, first, "removal_instructions"),
            List.of(),
            List.of(),
            List.of());
    return new Parsed(first.line(), input, lines);
  }

  private static Magnet magnet(List<String> header, Csv.Row row) {
    String temperature = cell(header, row, "max_temp_c");
    return new Magnet(
        enumValue(MagnetFamily.class, "family", cell(header, row, "family")),
        cell(header, row, "grade"),
        decimal("mass_g", cell(header, row, "mass_g")),
        integer("count", cell(header, row, "count")),
        cell(header, row, "location"),
        cell(header, row, "coating"),
        temperature.isEmpty() ? null : integer("max_temp_c", temperature),
        composition(cell(header, row, "composition")));
  }

  private static List<Constituent> composition(String text) {
    List<Constituent> parts = new ArrayList<>();
    for (String item : list(text, ";")) {
      String[] pair = item.split("=", 2);
      if (pair.length != 2) {
        throw new CellException(
            "composition",
            "'" + item + "' is not substance=percent, such as Nd=23.4 or Ni=0.45@coating");
      }
      String[] amount = pair[1].split("@", 2);
      ConstituentRole role =
          amount.length == 2
              ? enumValue(ConstituentRole.class, "composition", amount[1].strip())
              : ConstituentRole.MAGNET;
      parts.add(new Constituent(pair[0].strip(), role, decimal("composition", amount[0].strip())));
    }
    return parts;
  }

  private static List<RecycledShare> recycled(String text, String method, String verifier) {
    List<RecycledShare> shares = new ArrayList<>();
    for (String item : list(text, ";")) {
      String[] pair = item.split("=", 2);
      if (pair.length != 2) {
        throw new CellException(
            "recycled_content", "'" + item + "' is not element=percent, such as Nd=12.5");
      }
      shares.add(
          new RecycledShare(
              pair[0].strip(), decimal("recycled_content", pair[1].strip()), method, verifier));
    }
    return shares;
  }

  private static List<Origin> origins(String text) {
    List<Origin> origins = new ArrayList<>();
    for (String item : list(text, ";")) {
      String[] parts = item.split(":", -1);
      if (parts.length < 2) {
        throw new CellException(
            "origins",
            "'" + item + "' is not STAGE:COUNTRY[:region[:supplier]], such as MINING:AU");
      }
      origins.add(
          new Origin(
              enumValue(Stage.class, "origins", parts[0].strip()),
              parts[1].strip(),
              parts.length > 2 ? parts[2].strip() : "",
              parts.length > 3 ? parts[3].strip() : ""));
    }
    return origins;
  }

  private static List<String> list(String text, String separator) {
    return text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(separator))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  private static Instant instant(String text) {
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new CellException(
          "occurred_at",
          "'" + text + "' is no date (2026-01-20) or UTC time (2026-01-20T07:30:00Z)");
    }
  }

  private static BigDecimal decimal(String column, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new CellException(column, "'" + text + "' is not a number (use a point for decimals)");
    }
  }

  private static Integer integer(String column, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new CellException(column, "'" + text + "' is not a whole number");
    }
  }

  private static <E extends Enum<E>> E optionalEnum(Class<E> type, String column, String text) {
    return text.isEmpty() ? null : enumValue(type, column, text);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String text) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CellException(
          column, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static String cell(List<String> header, Csv.Row row, String column) {
    int index = header.indexOf(column);
    return index < 0 || index >= row.cells().size() ? "" : row.cells().get(index);
  }

  private static void missing(
      List<String> header, List<String> required, String section, List<ImportProblem> problems) {
    List<String> absent = required.stream().filter(column -> !header.contains(column)).toList();
    if (!absent.isEmpty()) {
      problems.add(
          new ImportProblem(
              1, section, "the header lacks the columns " + String.join(", ", absent)));
    }
  }

  private static int lineOf(CellException e, List<Csv.Row> rows) {
    return e instanceof LineException line ? line.line : rows.get(0).line();
  }

  /** A cell problem that knows its line. */
  private static final class LineException extends CellException {
    private final int line;

    LineException(int line, String column, String message) {
      super(column, message);
      this.line = line;
    }

    LineException(int line, CellException cause) {
      super("", cause.getMessage());
      this.line = line;
    }

    @Override
    public String getMessage() {
      String message = super.getMessage();
      return message.startsWith(": ") ? message.substring(2) : message;
    }
  }
}
