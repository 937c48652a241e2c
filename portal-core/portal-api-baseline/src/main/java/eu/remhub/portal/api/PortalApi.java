package eu.remhub.portal.api;

/**
 * The version of the plugin contract that this artifact defines.
 *
 * <p>A plugin names the range of contract versions it works with in its {@code Plugin-Requires}
 * manifest entry (for example {@code >=1.0.0 & <2.0.0}); the portal refuses a plugin whose range
 * does not contain {@link #VERSION}. The contract grows only by additions (new types, {@code
 * default} methods) within a major version; a breaking change raises the major version.
 *
 * @since 1.0.0
 */
public final class PortalApi {

  /** The contract version, in semantic-versioning form. */
  public static final String VERSION = "1.0.0";

  private PortalApi() {}
}
