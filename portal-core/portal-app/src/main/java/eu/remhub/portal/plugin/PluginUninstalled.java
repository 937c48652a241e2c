package eu.remhub.portal.plugin;

/**
 * A plugin was uninstalled; when {@code purged}, staff asked for its data to go too, and the core
 * drops what it keeps for the plugin (role grants, job runs, notifications). A core event only:
 * plugins are gone by the time it is published.
 *
 * @param pluginId the plugin
 * @param purged whether its data was purged
 */
public record PluginUninstalled(String pluginId, boolean purged) {}
