package eu.remhub.portal.runtime.pf4j;

import eu.remhub.portal.api.PortalApi;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Whether a plugin's {@code Plugin-Requires} range fits the contract this portal offers, and the
 * sentence that tells staff (or a plugin's author in a test) why not. One wording for the portal's
 * upload check and for the plugin manager, so the two never explain a refusal differently.
 */
public final class ContractVersion {

  private static final VersionManager VERSIONS = new DefaultVersionManager();

  private ContractVersion() {}

  /**
   * Whether the contract version lies in {@code requires}.
   *
   * @param requires a range in PF4J's syntax, such as {@code >=1.0.0 & <2.0.0}
   * @return true when the plugin can run on this contract
   * @throws IllegalArgumentException when {@code requires} is no valid range
   */
  public static boolean satisfiedBy(String requires) {
    return VERSIONS.checkVersionConstraint(PortalApi.VERSION, requires);
  }

  /**
   * Why a plugin cannot run on this contract.
   *
   * @param pluginId the plugin's id
   * @param requires its {@code Plugin-Requires} range
   * @return a sentence naming both versions
   */
  public static String mismatch(String pluginId, String requires) {
    return pluginId
        + " needs contract version "
        + requires
        + " but this portal offers "
        + PortalApi.VERSION
        + ".";
  }
}
