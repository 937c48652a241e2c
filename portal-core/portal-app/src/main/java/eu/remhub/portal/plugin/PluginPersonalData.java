package eu.remhub.portal.plugin;

import eu.remhub.portal.api.extension.PersonalDataContributor;
import eu.remhub.portal.member.PersonalDataHolders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The personal data that enabled plugins hold, through their {@link PersonalDataContributor}s. A
 * plugin that fails is named instead of stopping the export or erasure of the others.
 */
@Component
class PluginPersonalData implements PersonalDataHolders {

  private final PluginService plugins;

  PluginPersonalData(PluginService plugins) {
    this.plugins = plugins;
  }

  @Override
  public Map<String, Object> export(long personId) {
    Map<String, Object> fromPlugins = new LinkedHashMap<>();
    plugins
        .extensions(PersonalDataContributor.class)
        .forEach(
            (pluginId, contributors) -> {
              Map<String, Object> ofPlugin = new LinkedHashMap<>();
              for (PersonalDataContributor c : contributors) {
                String id =
                    plugins.guarded(
                        pluginId, "personal data id", c::id, c.getClass().getSimpleName());
                Map<String, Object> part =
                    plugins.guarded(
                        pluginId, "personal data export", () -> c.export(personId), null);
                ofPlugin.put(
                    id,
                    part != null
                        ? part
                        : Map.of("error", "this plugin could not export its data; ask staff"));
              }
              fromPlugins.put(pluginId, ofPlugin);
            });
    return fromPlugins;
  }

  @Override
  public List<String> erase(long personId) {
    List<String> failed = new ArrayList<>();
    plugins
        .extensions(PersonalDataContributor.class)
        .forEach(
            (pluginId, contributors) -> {
              for (PersonalDataContributor c : contributors) {
                boolean ok =
                    plugins.guarded(
                        pluginId,
                        "personal data erasure",
                        () -> {
                          c.erase(personId);
                          return true;
                        },
                        false);
                if (!ok) {
                  failed.add(pluginId);
                }
              }
            });
    return failed;
  }
}
