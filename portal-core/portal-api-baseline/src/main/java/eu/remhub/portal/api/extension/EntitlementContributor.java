package eu.remhub.portal.api.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares the entitlements a plugin defines, so that staff can put them into membership plans.
 *
 * <p>Read when the plugin is enabled. Entitlement ids are prefixed with the plugin id, for example
 * {@code pilot-calls.apply}.
 *
 * @since 1.0.0
 */
public interface EntitlementContributor extends ExtensionPoint {

  /**
   * A stable id for this contributor, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * The entitlements this plugin defines.
   *
   * @return the definitions
   */
  List<EntitlementDefinition> entitlements();
}
