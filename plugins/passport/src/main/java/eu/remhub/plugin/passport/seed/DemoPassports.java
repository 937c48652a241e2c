package eu.remhub.plugin.passport.seed;

import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.service.OrganisationRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Four published passports for a first run with demo data, tied to the demo organisations: sintered
 * NdFeB with Dy for an EV traction motor, a direct-drive wind generator, an Sm2Co17 sensor magnet,
 * and recycled NdFeB made from hard-disk magnets that names its predecessors. Compositions follow
 * the typical ranges of each family.
 */
public final class DemoPassports {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPassports.class);

  /** The seed writes as the system, with the rights of staff. */
  private static final Viewer SYSTEM = new Viewer(0, 0, true, "seed");

  /** The hard-disk magnet lots the recycled passport was made from. */
  static final String SHANNON_LOT = "/01/05391234500011/10/SHR-HDD-2604";

  static final String RHONE_LOT = "/01/03760123450003/10/RMR-HDD-2611";

  private final PluginContext context;
  private final PassportService service;

  /**
   * Creates the seed.
   *
   * @param context the plugin context
   */
  public DemoPassports(PluginContext context) {
    this.context = context;
    this.service = new PassportService(context);
  }

  /**
   * Inserts the demo passports when the plugin's tables are empty; a passport whose organisation is
   * missing from the directory is skipped.
   *
   * @return the ids of the passports created
   */
  public List<Long> seedIfEmpty() {
    if (service.repository().count() > 0) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    // Each passport is built just before it is stored, so that its event times are read from the
    // clock then, as they always were.
    List<Function<Clock, DemoPassport>> passports =
        List.of(
            TractionMotorPassport::of,
            WindGeneratorPassport::of,
            SensorMagnetPassport::of,
            RecycledHubMotorPassport::of);
    for (Function<Clock, DemoPassport> passport : passports) {
      create(passport.apply(context.clock())).ifPresent(ids::add);
    }
    return ids;
  }

  private Optional<Long> create(DemoPassport passport) {
    String operator = passport.operator();
    Identifier identifier = passport.identifier();
    Optional<OrganisationRef> organisation = context.organisations().findByShortName(operator);
    if (organisation.isEmpty()) {
      LOG.info(
          "Demo passport {} skipped: no organisation '{}'", identifier.digitalLinkPath(), operator);
      return Optional.empty();
    }
    return Optional.of(
        context
            .jdbc()
            .inTransaction(
                () -> {
                  long id =
                      service.create(
                          SYSTEM,
                          organisation.get().id(),
                          identifier,
                          passport.granularity(),
                          passport.content());
                  passport.events().forEach(event -> service.recordEvent(SYSTEM, id, event));
                  service.publish(SYSTEM, id);
                  return id;
                }));
  }
}
