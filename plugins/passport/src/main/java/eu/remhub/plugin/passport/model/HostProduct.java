package eu.remhub.plugin.passport.model;

/**
 * The product the magnets sit in.
 *
 * @param category the CRMA product category
 * @param description what the product is, such as "traction motor of a 12 m city bus"
 */
public record HostProduct(HostCategory category, String description) {}
