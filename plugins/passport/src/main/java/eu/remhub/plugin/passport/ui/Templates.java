package eu.remhub.plugin.passport.ui;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.Constituent;
import eu.remhub.plugin.passport.model.ConstituentRole;
import eu.remhub.plugin.passport.model.HostCategory;
import eu.remhub.plugin.passport.model.HostProduct;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.MagnetFamily;
import eu.remhub.plugin.passport.model.Origin;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.model.Stage;
import java.math.BigDecimal;
import java.util.List;

/** A starting point for a new passport: a valid sintered NdFeB example to overwrite. */
final class Templates {

  private Templates() {}

  static PassportContent content() {
    return new PassportContent(
        new HostProduct(HostCategory.ELECTRIC_MOTOR, "Describe the product"),
        List.of(
            new Magnet(
                MagnetFamily.NDFEB_SINTERED,
                "N42SH",
                new BigDecimal("25.0"),
                12,
                "Rotor",
                "Ni-Cu-Ni",
                150,
                List.of(
                    part("Nd", "23.50"),
                    part("Pr", "6.50"),
                    part("Dy", "2.00"),
                    part("B", "1.00"),
                    part("Co", "1.50"),
                    part("Fe", "65.00"),
                    new Constituent("Ni", ConstituentRole.COATING, new BigDecimal("0.50"))))),
        List.of(new RecycledShare("Nd", BigDecimal.ZERO, "supplier declaration", "")),
        List.of(new Origin(Stage.MAGNET_MAKING, "DE", "", "")),
        new CarbonFootprint(null, null, ""),
        "",
        List.of(),
        List.of());
  }

  private static Constituent part(String element, String percent) {
    return new Constituent(element, ConstituentRole.MAGNET, new BigDecimal(percent));
  }
}
