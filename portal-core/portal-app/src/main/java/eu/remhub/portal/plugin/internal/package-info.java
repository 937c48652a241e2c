/**
 * The plugin feature's adapters: the PF4J plugin manager, the jar inspection of uploads, each
 * plugin's migrations and its guarded JDBC access, the registry and settings tables, file storage,
 * and the {@code PluginContext} handed to plugins. PF4J, Flyway and JDBC stay in here; only the
 * plugin feature uses it.
 */
package eu.remhub.portal.plugin.internal;
