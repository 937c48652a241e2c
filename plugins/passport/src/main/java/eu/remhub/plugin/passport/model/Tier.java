package eu.remhub.plugin.passport.model;

/**
 * How much of a passport a reader may see, as in the Battery Passport. Enforced on the server for
 * every read, page and API alike.
 */
public enum Tier {
  /**
   * Everybody: identity, status, product category, magnet types, grades and coatings, recycled
   * shares, footprint class.
   */
  PUBLIC,
  /**
   * Repairers and recyclers (entitlement {@code passport.restricted-read}): masses, locations, full
   * composition, removal, origins.
   */
  LEGITIMATE_INTEREST,
  /**
   * People of the responsible organisation who manage its passports: everything, drafts included.
   */
  OWNER,
  /** Hub staff, standing in for market surveillance and customs: everything. */
  AUTHORITY;

  /**
   * Whether this tier sees at least what another sees.
   *
   * @param other the other tier
   * @return true if this tier is the same or higher
   */
  public boolean atLeast(Tier other) {
    return compareTo(other) >= 0;
  }

  /**
   * Whether this tier sees everything, documents and history included.
   *
   * @return true for owners and authorities
   */
  public boolean full() {
    return atLeast(OWNER);
  }
}
