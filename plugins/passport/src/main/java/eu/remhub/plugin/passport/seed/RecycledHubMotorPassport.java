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
import eu.remhub.plugin.passport.model.Predecessor;
import eu.remhub.plugin.passport.model.Stage;
import java.time.Clock;
import java.util.List;

/**
 * Recycled NdFeB for an e-bike hub drive, made by ElbeCycle from two lots of hard-disk magnets that
 * it names as predecessors: a batch, with the lots received and recycled.
 */
final class RecycledHubMotorPassport {

  private RecycledHubMotorPassport() {}

  static DemoPassport of(Clock clock) {
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
                    DemoPassports.SHANNON_LOT,
                    "1,850 kg of voice-coil magnets harvested from data-centre hard disk drives"),
                new Predecessor(
                    null,
                    DemoPassports.RHONE_LOT,
                    "640 kg of hard-disk magnets, XRF-sorted NdFeB lot")));
    return new DemoPassport(
        "ElbeCycle",
        new Identifier("4056789012341", "EC-2605-03", ""),
        Granularity.BATCH,
        content,
        List.of(
            event(
                clock,
                EventType.RECEIVE,
                60,
                "DE",
                "Dresden",
                "ElbeCycle",
                "Demagnetised, in sealed drums",
                List.of(DemoPassports.SHANNON_LOT)),
            event(
                clock,
                EventType.RECEIVE,
                48,
                "DE",
                "Dresden",
                "ElbeCycle",
                "",
                List.of(DemoPassports.RHONE_LOT)),
            event(
                clock,
                EventType.RECYCLE,
                36,
                "DE",
                "Dresden",
                "ElbeCycle",
                "Hydrogen decrepitation, Ni-Cu-Ni flakes sieved off, jet milled with 1 % Dy hydride, aligned, pressed and re-sintered",
                List.of(DemoPassports.SHANNON_LOT, DemoPassports.RHONE_LOT)),
            event(
                clock,
                EventType.COMMISSION,
                22,
                "DE",
                "Dresden",
                "ElbeCycle",
                "Coated Ni-Cu-Ni and magnetised",
                List.of()),
            event(
                clock,
                EventType.SHIP,
                15,
                "DE",
                "Dresden",
                "ElbeCycle",
                "To Ebro Motores, Zaragoza",
                List.of())));
  }
}
