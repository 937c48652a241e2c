package eu.remhub.plugin.passport.model;

import java.math.BigDecimal;

/**
 * The magnets' carbon footprint.
 *
 * @param kgCo2ePerKg kilograms of CO2 equivalent per kilogram of magnet; restricted to legitimate
 *     interest and above
 * @param footprintClass the performance class, A (best) to E; public
 * @param method the method, such as "ISO 14067, cradle to gate"
 */
public record CarbonFootprint(BigDecimal kgCo2ePerKg, String footprintClass, String method) {}
