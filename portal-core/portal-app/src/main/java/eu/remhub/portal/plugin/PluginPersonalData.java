package eu.remhub.portal.plugin;

import eu.remhub.portal.api.extension.PersonalDataContributor;
import eu.remhub.portal.mail.PersonNotifications;
import eu.remhub.portal.member.PersonalDataHolders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The personal data that enabled plugins hold, through their {@link PersonalDataContributor}s, with
 * what the core keeps for plugins (role grants and notifications). A plugin that fails is named
 * instead of stopping the export or erasure of the others.
 */
@Component
class PluginPersonalData implements PersonalDataHolders {

  private final PluginService plugins;
  private final PluginRoleGrants roleGrants;
  private final PersonNotifications notifications;

  PluginPersonalData(
      PluginService plugins, PluginRoleGrants roleGrants, PersonNotifications notifications) {
    this.plugins = plugins;
    this.roleGrants = roleGrants;
    this.notifications = notifications;
  }

  @Override
  public Map<String, Object> export(long personId) {
    Map<String, Object> fromPlugins = new LinkedHashMap<>();
    // Dots never occur in plugin ids, so these keys cannot meet a plugin's.
    fromPlugins.put("core.plugin-roles", List.copyOf(roleGrants.export(personId)));
    fromPlugins.put("core.notifications", notifications.export(personId));
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
    roleGrants.erase(personId);
    notifications.erase(personId);
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
