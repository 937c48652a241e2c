package eu.remhub.plugin.passport.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.seed.DemoPassports;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.testkit.TestPluginContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export, then import into an empty portal, then export again: the passports come back the same.
 */
class PassportExporterTest {

  private static final Viewer STAFF = new Viewer(9, 0, true, "page");

  @Test
  void exportImportExport_roundTrip_keepsEveryPassportsContentStatusAndEvents() {
    String first;
    try (TestPluginContext source = context()) {
      new DemoPassports(source).seedIfEmpty();
      first = new PassportExporter(source).exportJson(STAFF);
    }
    String second;
    try (TestPluginContext target = context()) {
      ImportReport report = new PassportImporter(target).importText(STAFF, first);
      assertThat(report.problems()).isEmpty();
      assertThat(report.passports()).isEqualTo(4);
      assertThat(report.events()).isEqualTo(16);
      second = new PassportExporter(target).exportJson(STAFF);
    }

    assertThat(comparable(second)).isEqualTo(comparable(first));
  }

  @Test
  void export_holdsOnlyTheOrganisationsOwnPassports_andIsAuditedOnce() {
    try (TestPluginContext context = context()) {
      new DemoPassports(context).seedIfEmpty();
      context.grant(4, "passport.manage");

      JsonNode export =
          PassportJson.mapper()
              .readTree(new PassportExporter(context).exportJson(new Viewer(5, 4, false, "page")));

      assertThat(export.path("passports"))
          .singleElement()
          .satisfies(
              p -> assertThat(p.path("operator").path("name").asString()).isEqualTo("ElbeCycle"));
      assertThat(context.audit().entries())
          .filteredOn(e -> e.action().startsWith("passport.exported"))
          .hasSize(1);
      assertThat(context.audit().entries())
          .filteredOn(e -> e.action().equals("passport.restricted-read"))
          .isEmpty();
    }
  }

  private static TestPluginContext context() {
    TestPluginContext context = new TestPluginContext("passport");
    context.migrate();
    eu.remhub.plugin.passport.TestData.demoOrganisations(context);
    return context;
  }

  /**
   * The export without what a new database assigns anew: ids, times, hashes, chain positions, logs.
   */
  private static List<JsonNode> comparable(String export) {
    List<JsonNode> passports = new ArrayList<>();
    for (JsonNode passport : PassportJson.mapper().readTree(export).path("passports")) {
      ObjectNode copy = (ObjectNode) passport.deepCopy();
      copy.remove(List.of("id", "publishedAt", "chain", "versions", "accessLog"));
      for (JsonNode event : copy.path("events")) {
        ((ObjectNode) event).remove(List.of("seq", "recordedAt", "hash"));
      }
      passports.add(copy);
    }
    passports.sort(java.util.Comparator.comparing(p -> p.path("digitalLink").asString()));
    return passports;
  }
}
