package eu.remhub.plugin.passport.seed;

import static eu.remhub.plugin.passport.seed.SeedValues.dec;
import static eu.remhub.plugin.passport.seed.SeedValues.el;
import static eu.remhub.plugin.passport.seed.SeedValues.event;
import static eu.remhub.plugin.passport.seed.SeedValues.part;
import static eu.remhub.plugin.passport.seed.SeedValues.share;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.ConstituentRole;
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
import eu.remhub.plugin.passport.model.Stage;
import java.time.Clock;
import java.util.List;

/**
 * Sintered NdFeB in the direct-drive generator of an 8 MW offshore wind turbine, operated by
 * Vestkyst Wind: one item, the generator.
 */
final class WindGeneratorPassport {

  private WindGeneratorPassport() {}

  static DemoPassport of(Clock clock) {
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
    return new DemoPassport(
        "Vestkyst Wind",
        new Identifier("5790045678238", "", "VKDD8-0117"),
        Granularity.ITEM,
        content,
        List.of(
            event(
                clock,
                EventType.COMMISSION,
                300,
                "SI",
                "Celje",
                "Savinja Magneti",
                "Blocks sintered, coated and packed unmagnetised",
                List.of()),
            event(clock, EventType.RECEIVE, 286, "DK", "Esbjerg", "Vestkyst Wind", "", List.of()),
            event(
                clock,
                EventType.ASSEMBLE,
                270,
                "DK",
                "Esbjerg",
                "Vestkyst Wind",
                "Blocks magnetised in modules and built into generator VK-DD8-0117",
                List.of()),
            event(
                clock,
                EventType.SHIP,
                248,
                "DK",
                "Esbjerg",
                "Vestkyst Wind",
                "To the offshore installation port",
                List.of())));
  }
}
