package eu.remhub.plugin.passport.seed;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.Constituent;
import eu.remhub.plugin.passport.model.ConstituentRole;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.DocumentRef;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.HostCategory;
import eu.remhub.plugin.passport.model.HostProduct;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.MagnetFamily;
import eu.remhub.plugin.passport.model.Origin;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.Predecessor;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.model.Stage;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.service.OrganisationRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    tractionMotor().ifPresent(ids::add);
    windGenerator().ifPresent(ids::add);
    sensorMagnet().ifPresent(ids::add);
    recycledHubMotor().ifPresent(ids::add);
    return ids;
  }

  private Optional<Long> tractionMotor() {
    PassportContent content =
        new PassportContent(
            new HostProduct(
                HostCategory.MOTOR_VEHICLE,
                "Interior permanent magnet traction motor BD-230 of a 12 m battery-electric city bus (Brabant Drives)"),
            List.of(
                new Magnet(
                    MagnetFamily.NDFEB_SINTERED,
                    "N38UH",
                    dec("50.0"),
                    48,
                    "Rotor: 48 segments in V-shaped pockets of 8 poles, fixed with a releasable adhesive",
                    "Ni-Cu-Ni",
                    180,
                    List.of(
                        el("Nd", "23.40"),
                        el("Pr", "6.20"),
                        el("Dy", "4.50"),
                        el("B", "0.95"),
                        el("Co", "1.20"),
                        el("Cu", "0.15"),
                        el("Al", "0.25"),
                        el("Ga", "0.10"),
                        el("Fe", "62.60"),
                        part("Ni", ConstituentRole.COATING, "0.45"),
                        part("Cu", ConstituentRole.COATING, "0.10"),
                        part("acrylic adhesive", ConstituentRole.GLUE, "0.10")))),
            List.of(
                share("Nd", "2.5", "mass balance over the 2026 alloy purchases"),
                share("Pr", "2.5", "mass balance over the 2026 alloy purchases"),
                share("Dy", "0", "supplier declaration"),
                share("Tb", "0", "supplier declaration"),
                share("B", "0", "supplier declaration"),
                share("Co", "0", "supplier declaration")),
            List.of(
                new Origin(Stage.MINING, "AU", "Western Australia", ""),
                new Origin(Stage.SEPARATION_REFINING, "FR", "Le Havre", "Estuaire Terres Rares"),
                new Origin(Stage.SEPARATION_REFINING, "ES", "Mérida (Dy2O3)", "Guadiana Hydromet"),
                new Origin(Stage.METAL_REDUCTION, "DE", "Görlitz", "Lausitz Metals"),
                new Origin(Stage.ALLOYING, "CZ", "Ostrava", "Moravia Alloys"),
                new Origin(Stage.MAGNET_MAKING, "SI", "Celje", "Savinja Magneti"),
                new Origin(Stage.COMPONENT, "NL", "Eindhoven", "Brabant Drives")),
            new CarbonFootprint(dec("28.4"), "C", "ISO 14067, cradle to gate"),
            "1. Disconnect the motor and discharge the inverter (wait 10 minutes). 2. Remove the end shield (12 × M8, Torx T45)"
                + " and pull the rotor with the rotor extraction fixture: the magnets hold it against the stator. 3. Heat the rotor"
                + " to 120 °C for 30 minutes to soften the adhesive, then press the segments out of their pockets with a brass"
                + " drift. 4. Wear cut-resistant gloves and eye protection: segments are brittle and snap together. 5. Keep"
                + " magnetised segments apart from steel; ship them in the spacer trays or thermally demagnetised.",
            List.of(
                new DocumentRef(
                    "OECD due diligence report 2025",
                    "due diligence",
                    "https://savinja-magneti.example/reports/oecd-dd-2025.pdf",
                    ""),
                new DocumentRef(
                    "Magnetic properties and composition, test report OT-2026-0412",
                    "test report",
                    "https://oresund-testlab.example/reports/OT-2026-0412.pdf",
                    "")),
            List.of());
    return create(
        "Savinja Magneti",
        new Identifier("3830012345120", "SV-2601-07", ""),
        Granularity.BATCH,
        content,
        List.of(
            event(
                EventType.COMMISSION,
                40,
                "SI",
                "Celje",
                "Savinja Magneti",
                "Batch of 2,880 segments sintered, grain-boundary diffused with Dy, coated and magnetised",
                List.of()),
            event(
                EventType.SHIP,
                33,
                "SI",
                "Celje",
                "Savinja Magneti",
                "60 spacer trays by road",
                List.of()),
            event(
                EventType.RECEIVE,
                30,
                "NL",
                "Eindhoven",
                "Brabant Drives",
                "Incoming inspection passed",
                List.of()),
            event(
                EventType.ASSEMBLE,
                25,
                "NL",
                "Eindhoven",
                "Brabant Drives",
                "Built into rotors R-1201 to R-1260 of motor series BD-230",
                List.of())));
  }

  private Optional<Long> windGenerator() {
    PassportContent content =
        new PassportContent(
            new HostProduct(
                HostCategory.WIND_GENERATOR,
                "Direct-drive permanent magnet generator VK-DD8 of an 8 MW offshore wind turbine"),
            List.of(
                new Magnet(
                    MagnetFamily.NDFEB_SINTERED,
                    "48H",
                    dec("956"),
                    5040,
                    "Outer rotor: 168 magnet modules of 30 blocks each, bolted to the rotor rim",
                    "epoxy",
                    120,
                    List.of(
                        el("Nd", "24.20"),
                        el("Pr", "6.30"),
                        el("Dy", "1.20"),
                        el("B", "0.98"),
                        el("Co", "0.90"),
                        el("Cu", "0.12"),
                        el("Al", "0.20"),
                        el("Ga", "0.05"),
                        el("Fe", "65.45"),
                        part("epoxy resin", ConstituentRole.COATING, "0.60")))),
            List.of(
                share("Nd", "0", "supplier declaration"),
                share("Pr", "0", "supplier declaration"),
                share("Dy", "0", "supplier declaration"),
                share("B", "0", "supplier declaration"),
                share("Co", "0", "supplier declaration")),
            List.of(
                new Origin(Stage.MINING, "AU", "Western Australia", ""),
                new Origin(Stage.SEPARATION_REFINING, "EE", "Ida-Viru County", ""),
                new Origin(Stage.METAL_REDUCTION, "DE", "Görlitz", "Lausitz Metals"),
                new Origin(Stage.ALLOYING, "CZ", "Ostrava", "Moravia Alloys"),
                new Origin(Stage.MAGNET_MAKING, "SI", "Celje", "Savinja Magneti"),
                new Origin(Stage.COMPONENT, "DK", "Esbjerg", "Vestkyst Wind")),
            new CarbonFootprint(dec("31.0"), "C", "ISO 14067, cradle to gate"),
            "Magnet modules are exchanged, not single blocks. 1. Lock the rotor and earth the generator. 2. Unbolt the module"
                + " (4 × M16) and slide it out axially along the module rails with the module extraction tool; never by hand,"
                + " the pull on steel reaches several kN. 3. Fit the non-magnetic transport cover before the module leaves the"
                + " rotor. 4. Return end-of-life modules to a recycler in their covers, with this passport.",
            List.of(
                new DocumentRef(
                    "Supply chain due diligence statement 2025",
                    "due diligence",
                    "https://vestkyst-wind.example/compliance/dd-2025.pdf",
                    "")),
            List.of());
    return create(
        "Vestkyst Wind",
        new Identifier("5790045678238", "", "VKDD8-0117"),
        Granularity.ITEM,
        content,
        List.of(
            event(
                EventType.COMMISSION,
                300,
                "SI",
                "Celje",
                "Savinja Magneti",
                "Blocks sintered, coated and packed unmagnetised",
                List.of()),
            event(EventType.RECEIVE, 286, "DK", "Esbjerg", "Vestkyst Wind", "", List.of()),
            event(
                EventType.ASSEMBLE,
                270,
                "DK",
                "Esbjerg",
                "Vestkyst Wind",
                "Blocks magnetised in modules and built into generator VK-DD8-0117",
                List.of()),
            event(
                EventType.SHIP,
                248,
                "DK",
                "Esbjerg",
                "Vestkyst Wind",
                "To the offshore installation port",
                List.of())));
  }

  private Optional<Long> sensorMagnet() {
    PassportContent content =
        new PassportContent(
            new HostProduct(
                HostCategory.INDUSTRIAL_ROBOT,
                "Absolute position sensor of a robot joint actuator for foundry robots (Servomotori Emiliani)"),
            List.of(
                new Magnet(
                    MagnetFamily.SM2CO17,
                    "YXG28H",
                    dec("2.1"),
                    1,
                    "Sensor disc on the motor shaft end, diametrically magnetised, pressed into a stainless holder",
                    "none",
                    350,
                    List.of(
                        el("Sm", "25.0"),
                        el("Co", "49.8"),
                        el("Fe", "17.0"),
                        el("Cu", "6.0"),
                        el("Zr", "2.2")))),
            List.of(
                share("Sm", "0", "supplier declaration"),
                share(
                    "Co",
                    "8.0",
                    "mass balance, certified cobalt supply",
                    "Donau Supply Chain Assurance GmbH")),
            List.of(
                new Origin(Stage.SEPARATION_REFINING, "FR", "Le Havre", "Estuaire Terres Rares"),
                new Origin(Stage.ALLOYING, "AT", "Leoben", "Styria Alloys"),
                new Origin(Stage.MAGNET_MAKING, "DE", "Marktredwitz", "Fichtel Magnettechnik"),
                new Origin(Stage.COMPONENT, "IT", "Bologna", "Servomotori Emiliani")),
            new CarbonFootprint(dec("42.0"), "D", "ISO 14067, cradle to gate"),
            "Unscrew the sensor cover (3 × M3). Pull the holder off the shaft end with a two-arm puller; the disc stays in its"
                + " holder. Sm2Co17 is brittle: do not lever it out. Collect holders for SmCo recycling.",
            List.of(new DocumentRef("EN 9100 lot traceability record", "quality record", "", "")),
            List.of());
    return create(
        "Fichtel Magnettechnik",
        new Identifier("4012345670097", "", ""),
        Granularity.MODEL,
        content,
        List.of(
            event(
                EventType.COMMISSION,
                120,
                "DE",
                "Marktredwitz",
                "Fichtel Magnettechnik",
                "Model released; first lot from alloy heat ST-25-331",
                List.of()),
            event(
                EventType.SHIP, 113, "DE", "Marktredwitz", "Fichtel Magnettechnik", "", List.of()),
            event(EventType.RECEIVE, 110, "IT", "Bologna", "Servomotori Emiliani", "", List.of())));
  }

  private Optional<Long> recycledHubMotor() {
    String method = "hydrogen decrepitation, magnet to magnet; mass balance per batch";
    String verifier = "Donau Supply Chain Assurance GmbH";
    PassportContent content =
        new PassportContent(
            new HostProduct(
                HostCategory.LIGHT_MEANS_OF_TRANSPORT, "E-bike hub drive of Ebro Motores"),
            List.of(
                new Magnet(
                    MagnetFamily.NDFEB_SINTERED,
                    "N42H",
                    dec("14.0"),
                    24,
                    "Hub motor rotor ring: 24 arc segments glued to the back iron",
                    "Ni-Cu-Ni",
                    120,
                    List.of(
                        el("Nd", "24.00"),
                        el("Pr", "5.60"),
                        el("Dy", "1.00"),
                        el("B", "1.00"),
                        el("Co", "1.80"),
                        el("Cu", "0.10"),
                        el("Al", "0.20"),
                        el("Fe", "65.80"),
                        part("Ni", ConstituentRole.COATING, "0.40"),
                        part("Cu", ConstituentRole.COATING, "0.10")))),
            List.of(
                share("Nd", "92.0", method, verifier),
                share("Pr", "92.0", method, verifier),
                share("Dy", "60.0", method, verifier),
                share("B", "95.0", method, verifier),
                share("Co", "94.0", method, verifier),
                share("Ni", "0", "fresh coating", "")),
            List.of(
                new Origin(Stage.COLLECTION, "IE", "Limerick", "Shannon Recovery"),
                new Origin(Stage.COLLECTION, "FR", "Lyon", "Rhône Magnet Recovery"),
                new Origin(Stage.DISMANTLING, "IE", "Limerick", "Shannon Recovery"),
                new Origin(Stage.DISMANTLING, "FR", "Lyon", "Rhône Magnet Recovery"),
                new Origin(Stage.RECYCLING, "DE", "Dresden", "ElbeCycle"),
                new Origin(Stage.MAGNET_MAKING, "DE", "Dresden", "ElbeCycle")),
            new CarbonFootprint(
                dec("9.6"), "A", "ISO 14067, cradle to gate, recycled feed burden-free"),
            "Open the hub (8 × M4), press out the stator with the hub press. The rotor ring stays in the shell; heat it to"
                + " 150 °C to release the adhesive and lift the segments off the back iron with a plastic wedge.",
            List.of(
                new DocumentRef(
                    "Recycled content verification 2026-05",
                    "verification statement",
                    "https://donau-assurance.example/statements/EC-2026-05.pdf",
                    "")),
            List.of(
                new Predecessor(
                    null,
                    SHANNON_LOT,
                    "1,850 kg of voice-coil magnets harvested from data-centre hard disk drives"),
                new Predecessor(
                    null, RHONE_LOT, "640 kg of hard-disk magnets, XRF-sorted NdFeB lot")));
    return create(
        "ElbeCycle",
        new Identifier("4056789012341", "EC-2605-03", ""),
        Granularity.BATCH,
        content,
        List.of(
            event(
                EventType.RECEIVE,
                60,
                "DE",
                "Dresden",
                "ElbeCycle",
                "Demagnetised, in sealed drums",
                List.of(SHANNON_LOT)),
            event(EventType.RECEIVE, 48, "DE", "Dresden", "ElbeCycle", "", List.of(RHONE_LOT)),
            event(
                EventType.RECYCLE,
                36,
                "DE",
                "Dresden",
                "ElbeCycle",
                "Hydrogen decrepitation, Ni-Cu-Ni flakes sieved off, jet milled with 1 % Dy hydride, aligned, pressed and re-sintered",
                List.of(SHANNON_LOT, RHONE_LOT)),
            event(
                EventType.COMMISSION,
                22,
                "DE",
                "Dresden",
                "ElbeCycle",
                "Coated Ni-Cu-Ni and magnetised",
                List.of()),
            event(
                EventType.SHIP,
                15,
                "DE",
                "Dresden",
                "ElbeCycle",
                "To Ebro Motores, Zaragoza",
                List.of())));
  }

  private Optional<Long> create(
      String operator,
      Identifier identifier,
      Granularity granularity,
      PassportContent content,
      List<CustodyEvent> events) {
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
                          SYSTEM, organisation.get().id(), identifier, granularity, content);
                  events.forEach(event -> service.recordEvent(SYSTEM, id, event));
                  service.publish(SYSTEM, id);
                  return id;
                }));
  }

  private static Constituent el(String element, String percent) {
    return new Constituent(element, ConstituentRole.MAGNET, dec(percent));
  }

  private static Constituent part(String substance, ConstituentRole role, String percent) {
    return new Constituent(substance, role, dec(percent));
  }

  private static RecycledShare share(String element, String percent, String method) {
    return new RecycledShare(element, dec(percent), method, "");
  }

  private static RecycledShare share(
      String element, String percent, String method, String verifier) {
    return new RecycledShare(element, dec(percent), method, verifier);
  }

  /**
   * Event times count back from the portal's clock, so that the demo history always lies in the
   * past.
   */
  private CustodyEvent event(
      EventType type,
      int daysAgo,
      String country,
      String place,
      String actor,
      String note,
      List<String> inputs) {
    Instant at =
        context.clock().instant().minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.HOURS);
    return new CustodyEvent(type, at, country, place, actor, note, inputs);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
