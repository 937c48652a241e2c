package eu.remhub.plugin.passport.seed;

import static eu.remhub.plugin.passport.seed.SeedValues.dec;
import static eu.remhub.plugin.passport.seed.SeedValues.el;
import static eu.remhub.plugin.passport.seed.SeedValues.event;
import static eu.remhub.plugin.passport.seed.SeedValues.share;

import eu.remhub.plugin.passport.model.CarbonFootprint;
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

/** An Sm2Co17 sensor disc in a robot joint actuator, made by Fichtel Magnettechnik: a model. */
final class SensorMagnetPassport {

  private SensorMagnetPassport() {}

  static DemoPassport of(Clock clock) {
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
    return new DemoPassport(
        "Fichtel Magnettechnik",
        new Identifier("4012345670097", "", ""),
        Granularity.MODEL,
        content,
        List.of(
            event(
                clock,
                EventType.COMMISSION,
                120,
                "DE",
                "Marktredwitz",
                "Fichtel Magnettechnik",
                "Model released; first lot from alloy heat ST-25-331",
                List.of()),
            event(
                clock,
                EventType.SHIP,
                113,
                "DE",
                "Marktredwitz",
                "Fichtel Magnettechnik",
                "",
                List.of()),
            event(
                clock,
                EventType.RECEIVE,
                110,
                "IT",
                "Bologna",
                "Servomotori Emiliani",
                "",
                List.of())));
  }
}
