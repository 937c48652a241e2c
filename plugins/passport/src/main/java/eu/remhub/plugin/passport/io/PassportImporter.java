package eu.remhub.plugin.passport.io;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import eu.remhub.plugin.passport.model.PassportValidator;
import eu.remhub.plugin.passport.model.Problem;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.AccessPolicy;
import eu.remhub.plugin.passport.store.PassportAccessDeniedException;
import eu.remhub.plugin.passport.store.PassportRepository;
import eu.remhub.plugin.passport.store.PassportRow;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.PassportStateException;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Bulk import of passports and events from JSON or CSV: all or nothing. Every row is checked first,
 * and every bad row is reported with its reason; only when none is bad does the import run, in one
 * transaction, so that a failure even then leaves nothing behind.
 *
 * <p>JSON is either a list of passport documents or {@code {"passports": [...], "events": [...]}};
 * a passport document is what {@code GET /api/v1/passports/{id}} answers, so exports import again.
 * See {@link CsvPassports} for the CSV layouts.
 */
public final class PassportImporter {

  private static final Pattern MAGNET_FIELD = Pattern.compile("^magnets\\[(\\d+)]");

  private final PluginContext context;
  private final PassportService service;
  private final PassportRepository repository;
  private final AccessPolicy policy;

  /** A passport to import, with the row it came from. */
  private record Item(int row, PassportInput input, List<Integer> magnetRows) {}

  /** An event to import, with the row it came from and the passport it names. */
  private record EventItem(int row, String passport, CustodyEvent event) {}

  /** Stops the import at one row. */
  private static final class RowFailure extends RuntimeException {
    private final transient ImportProblem problem;

    RowFailure(ImportProblem problem) {
      super(problem.toString());
      this.problem = problem;
    }
  }

  /**
   * Creates the importer.
   *
   * @param context the plugin context
   */
  public PassportImporter(PluginContext context) {
    this.context = context;
    this.service = new PassportService(context);
    this.repository = service.repository();
    this.policy = new AccessPolicy(context.entitlements());
  }

  /**
   * Imports a file, JSON when it starts with {@code [} or <code>{</code>, CSV otherwise.
   *
   * @param viewer who imports; non-staff import for their own organisation
   * @param text the file's content
   * @return the report
   */
  public ImportReport importText(Viewer viewer, String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return importJson(viewer, trimmed);
    }
    return importCsv(viewer, trimmed);
  }

  /**
   * Imports JSON.
   *
   * @param viewer who imports
   * @param json the JSON text
   * @return the report
   */
  public ImportReport importJson(Viewer viewer, String json) {
    List<ImportProblem> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = PassportJson.mapper().readTree(json);
    } catch (JacksonException e) {
      return ImportReport.refused(
          List.of(
              new ImportProblem(
                  1, "passports", "the file is not JSON: " + e.getOriginalMessage())));
    }
    JsonNode passports = root.isArray() ? root : root.path("passports");
    JsonNode events = root.isArray() ? null : root.path("events");
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < passports.size(); i++) {
      try {
        items.add(
            new Item(
                i + 1,
                PassportJson.mapper().treeToValue(passports.get(i), PassportInput.class),
                List.of()));
      } catch (JacksonException e) {
        problems.add(new ImportProblem(i + 1, "passports", PassportJson.describe(e)));
      }
    }
    List<EventItem> eventItems = new ArrayList<>();
    for (int i = 0; events != null && i < events.size(); i++) {
      try {
        eventItems.add(
            new EventItem(
                i + 1,
                events.get(i).path("passport").asString(""),
                PassportJson.mapper().treeToValue(events.get(i), CustodyEvent.class)));
      } catch (JacksonException e) {
        problems.add(new ImportProblem(i + 1, "events", PassportJson.describe(e)));
      }
    }
    if (items.isEmpty() && eventItems.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(1, "passports", "the file holds no passports and no events"));
    }
    return run(viewer, items, eventItems, problems);
  }

  /**
   * Imports CSV, passports or events depending on the header.
   *
   * @param viewer who imports
   * @param csv the CSV text
   * @return the report
   */
  public ImportReport importCsv(Viewer viewer, String csv) {
    List<Csv.Row> rows = Csv.parse(csv);
    if (rows.size() < 2) {
      return ImportReport.refused(
          List.of(
              new ImportProblem(
                  1, "passports", "the file needs a header line and at least one row")));
    }
    List<ImportProblem> problems = new ArrayList<>();
    if (CsvPassports.isEventLayout(rows.get(0).cells())) {
      List<EventItem> events =
          CsvPassports.events(rows, problems).stream()
              .map(e -> new EventItem(e.line(), e.passport(), e.event()))
              .toList();
      return run(viewer, List.of(), events, problems);
    }
    List<Item> items =
        CsvPassports.passports(rows, problems).stream()
            .map(p -> new Item(p.line(), p.input(), p.magnetLines()))
            .toList();
    return run(viewer, items, List.of(), problems);
  }

  private ImportReport run(
      Viewer viewer, List<Item> items, List<EventItem> events, List<ImportProblem> problems) {
    if (!policy.managesAny(viewer)) {
      return ImportReport.refused(
          List.of(
              new ImportProblem(
                  1, "passports", "importing needs the entitlement " + AccessPolicy.MANAGE)));
    }
    Map<String, Item> byReference = new HashMap<>();
    Map<String, Integer> identifiers = new HashMap<>();
    for (Item item : items) {
      check(viewer, item, problems);
      if (item.input().reference() != null
          && !item.input().reference().isBlank()
          && byReference.putIfAbsent(item.input().reference(), item) != null) {
        problems.add(
            problem(item, "reference: '" + item.input().reference() + "' names two passports"));
      }
      if (item.input().identifier() != null) {
        Integer earlier =
            identifiers.putIfAbsent(
                item.input().identifier().normalised().digitalLinkPath(), item.row());
        if (earlier != null) {
          problems.add(problem(item, "identifier: the same as row " + earlier));
        }
      }
    }
    for (EventItem event : events) {
      check(viewer, event, byReference, problems);
    }
    if (!problems.isEmpty()) {
      return ImportReport.refused(sorted(problems));
    }
    try {
      int[] counts =
          repository.jdbc().inTransaction(() -> write(viewer, items, events, byReference));
      context
          .audit()
          .record(
              "passport.imported",
              "passport:*",
              counts[0] + " passports, " + counts[1] + " events");
      return new ImportReport(counts[0], counts[1], List.of());
    } catch (RowFailure e) {
      return ImportReport.refused(List.of(e.problem));
    }
  }

  private int[] write(
      Viewer viewer, List<Item> items, List<EventItem> events, Map<String, Item> byReference) {
    Map<Item, Long> created = new HashMap<>();
    int eventCount = 0;
    for (Item item : items) {
      PassportInput input = item.input();
      long id =
          attempt(
              item.row(),
              "passports",
              () ->
                  service.create(
                      viewer,
                      operator(viewer, input),
                      input.identifier(),
                      input.granularity(),
                      input.content()));
      created.put(item, id);
      for (CustodyEvent event : input.eventList()) {
        attempt(item.row(), "passports", () -> service.recordEvent(viewer, id, event));
        eventCount++;
      }
      if (input.status() != null && input.status().wasPublished()) {
        attempt(item.row(), "passports", () -> service.publish(viewer, id));
        if (input.status() == Status.WITHDRAWN) {
          String note =
              input.statusNote() == null || input.statusNote().isBlank()
                  ? "Withdrawn before export"
                  : input.statusNote();
          attempt(
              item.row(),
              "passports",
              () -> {
                service.withdraw(viewer, id, note);
                return 0;
              });
        }
      }
    }
    for (EventItem event : events) {
      long id =
          Optional.ofNullable(byReference.get(event.passport()))
              .map(created::get)
              .orElseGet(() -> existing(event.passport()).orElseThrow().id());
      attempt(event.row(), "events", () -> service.recordEvent(viewer, id, event.event()));
      eventCount++;
    }
    return new int[] {items.size(), eventCount};
  }

  private void check(Viewer viewer, Item item, List<ImportProblem> problems) {
    PassportInput input = item.input();
    long operator = operator(viewer, input);
    if (!policy.mayManage(viewer, operator)) {
      problems.add(
          problem(item, "operator: you may import passports of your own organisation only"));
    } else if (context.organisations().find(operator).isEmpty()) {
      problems.add(problem(item, "operator: there is no member organisation " + operator));
    }
    if (input.identifier() == null) {
      problems.add(
          problem(
              item,
              "identifier: give the GTIN, and batch or serial number where the granularity asks for them"));
    } else {
      input.identifier().problems(input.granularity()).forEach(p -> problems.add(problem(item, p)));
      repository
          .find(input.identifier().normalised())
          .ifPresent(
              existing ->
                  problems.add(
                      problem(
                          item,
                          "identifier: passport "
                              + existing.id()
                              + " already has "
                              + existing.identifier().digitalLinkPath())));
    }
    PassportValidator.problems(input.content()).forEach(p -> problems.add(problem(item, p)));
    for (CustodyEvent event : input.eventList()) {
      PassportValidator.problems(event, context.clock().instant())
          .forEach(p -> problems.add(problem(item, "events: " + p)));
    }
  }

  private void check(
      Viewer viewer, EventItem event, Map<String, Item> byReference, List<ImportProblem> problems) {
    if (event.passport() == null || event.passport().isBlank()) {
      problems.add(
          new ImportProblem(
              event.row(),
              "events",
              "passport: name the passport by id, Digital Link or reference"));
    } else if (!byReference.containsKey(event.passport())) {
      Optional<PassportRow> passport = existing(event.passport());
      if (passport.isEmpty()) {
        problems.add(
            new ImportProblem(
                event.row(), "events", "passport: no passport '" + event.passport() + "'"));
      } else if (!policy.mayManage(viewer, passport.get().operatorOrganisationId())) {
        problems.add(
            new ImportProblem(
                event.row(),
                "events",
                "passport: you may record events of your own organisation's passports only"));
      } else if (passport.get().status() == Status.WITHDRAWN) {
        problems.add(
            new ImportProblem(
                event.row(),
                "events",
                "passport: passport " + passport.get().id() + " is withdrawn"));
      }
    }
    PassportValidator.problems(event.event(), context.clock().instant())
        .forEach(p -> problems.add(new ImportProblem(event.row(), "events", p.toString())));
  }

  private Optional<PassportRow> existing(String reference) {
    if (reference.matches("\\d{1,18}")) {
      return repository.find(Long.parseLong(reference));
    }
    return Identifier.parse(reference).flatMap(repository::find);
  }

  private static long operator(Viewer viewer, PassportInput input) {
    if (viewer.staff() && input.operator() != null && input.operator().organisationId() != null) {
      return input.operator().organisationId();
    }
    return viewer.organisationId();
  }

  /** Names the CSV line of the magnet a problem is about, where the passport came from CSV rows. */
  private static ImportProblem problem(Item item, Problem problem) {
    Matcher magnet = MAGNET_FIELD.matcher(problem.field());
    if (magnet.find() && Integer.parseInt(magnet.group(1)) < item.magnetRows().size()) {
      return new ImportProblem(
          item.magnetRows().get(Integer.parseInt(magnet.group(1))),
          "passports",
          problem.toString());
    }
    return problem(item, problem.toString());
  }

  private static ImportProblem problem(Item item, String message) {
    return new ImportProblem(item.row(), "passports", message);
  }

  private static <T> T attempt(int row, String section, Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidPassportException
        | IllegalStateException
        | PassportStateException
        | PassportAccessDeniedException e) {
      throw new RowFailure(new ImportProblem(row, section, e.getMessage()));
    }
  }

  private static List<ImportProblem> sorted(List<ImportProblem> problems) {
    return problems.stream()
        .sorted(
            Comparator.comparing(ImportProblem::section)
                .reversed()
                .thenComparingInt(ImportProblem::row))
        .toList();
  }
}
