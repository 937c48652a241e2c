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
 * Sintered NdFeB with Dy in the traction motor of a battery-electric city bus, made by Savinja
 * Magneti: a batch, with its way from the sinter furnace into the rotors.
 */
final class TractionMotorPassport {

  private TractionMotorPassport() {}

  static DemoPassport of(Clock clock) {
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
    return new DemoPassport(
        "Savinja Magneti",
        new Identifier("3830012345120", "SV-2601-07", ""),
        Granularity.BATCH,
        content,
        List.of(
            event(
                clock,
                EventType.COMMISSION,
                40,
                "SI",
                "Celje",
                "Savinja Magneti",
                "Batch of 2,880 segments sintered, grain-boundary diffused with Dy, coated and magnetised",
                List.of()),
            event(
                clock,
                EventType.SHIP,
                33,
                "SI",
                "Celje",
                "Savinja Magneti",
                "60 spacer trays by road",
                List.of()),
            event(
                clock,
                EventType.RECEIVE,
                30,
                "NL",
                "Eindhoven",
                "Brabant Drives",
                "Incoming inspection passed",
                List.of()),
            event(
                clock,
                EventType.ASSEMBLE,
                25,
                "NL",
                "Eindhoven",
                "Brabant Drives",
                "Built into rotors R-1201 to R-1260 of motor series BD-230",
                List.of())));
  }
}
