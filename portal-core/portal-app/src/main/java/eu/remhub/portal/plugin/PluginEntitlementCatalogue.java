package eu.remhub.portal.plugin;

import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.billing.EntitlementCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells billing's views which entitlements plugins define and which plugins are enabled. */
@Component
class PluginEntitlementCatalogue implements EntitlementCatalogue {

  private final PluginService plugins;

  PluginEntitlementCatalogue(PluginService plugins) {
    this.plugins = plugins;
  }

  @Override
  public Map<String, List<EntitlementDefinition>> definitionsByPlugin() {
    return plugins.entitlementDefinitionsByPlugin();
  }

  @Override
  public Map<String, Definer> enabledPlugins() {
    Map<String, Definer> enabled = new HashMap<>();
    for (PluginInfo p : plugins.list()) {
      if (p.state() == PluginStatus.ENABLED) {
        enabled.put(p.id(), new Definer(p.id(), p.name()));
      }
    }
    return enabled;
  }
}
