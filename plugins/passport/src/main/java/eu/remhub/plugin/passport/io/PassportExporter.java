package eu.remhub.plugin.passport.io;

import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.store.PassportCatalogue;
import eu.remhub.plugin.passport.store.PassportDocument;
import eu.remhub.plugin.passport.store.PassportReader;
import eu.remhub.plugin.passport.store.PassportSummary;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Exports the passports a caller manages as one JSON file: every passport as its full document (the
 * version in force, or the draft of one never published), events included. The file imports again
 * with {@link PassportImporter}.
 */
public final class PassportExporter {

  /** The export file's format name. */
  public static final String FORMAT = "remhub-magnet-passports";

  private final PluginContext context;

  /**
   * Creates the exporter.
   *
   * @param context the plugin context
   */
  public PassportExporter(PluginContext context) {
    this.context = context;
  }

  /** The export file. */
  record Export(
      String format, int formatVersion, Instant exportedAt, List<PassportDocument> passports) {}

  /**
   * Exports.
   *
   * @param viewer who exports: the passports of their organisation, or all for staff
   * @return the JSON text
   */
  public String exportJson(Viewer viewer) {
    PassportReader reader = new PassportReader(context);
    List<PassportDocument> documents =
        new PassportCatalogue(context)
            .managedBy(viewer).stream()
                .map(PassportSummary::id)
                .map(id -> reader.readUnlogged(viewer, id))
                .flatMap(Optional::stream)
                .toList();
    context.audit().record("passport.exported", "passport:*", documents.size() + " passports");
    return PassportJson.pretty(new Export(FORMAT, 1, context.clock().instant(), documents));
  }
}
