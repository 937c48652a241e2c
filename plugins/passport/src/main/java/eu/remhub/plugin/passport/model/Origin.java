package eu.remhub.plugin.passport.model;

/**
 * Where one value-chain stage took place.
 *
 * @param stage the stage
 * @param country ISO 3166-1 alpha-2 code
 * @param region the region or site, or empty
 * @param supplier who did it, or empty
 */
public record Origin(Stage stage, String country, String region, String supplier) {}
