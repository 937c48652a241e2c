package eu.remhub.portal.billing;

import eu.remhub.portal.api.extension.EntitlementDefinition;
import java.util.List;
import java.util.Map;

/**
 * The entitlements that plugins define, so that pricing and plan pages can name them. The plugin
 * feature implements this; billing only reads it, so that it never depends on plugins.
 */
public interface EntitlementCatalogue {

  /**
   * A plugin that defines entitlements.
   *
   * @param id the plugin id
   * @param name its display name
   */
  record Definer(String id, String name) {}

  /** Every plugin's entitlement definitions, by plugin id. */
  Map<String, List<EntitlementDefinition>> definitionsByPlugin();

  /** The plugins enabled now, by id. */
  Map<String, Definer> enabledPlugins();
}
