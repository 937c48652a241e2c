/**
 * The plugin runtime: loads plugin jars with PF4J, validates uploads, runs each plugin's
 * migrations, registers its routes and menu entries, and keeps the enabled set in the database.
 * {@link eu.remhub.portal.plugin.PluginService} is the feature's API; PF4J and Flyway stay in
 * {@code internal}. The plugin feature sits on top of all others: it implements the interfaces by
 * which lower features reach plugins (menu entries, translations, home widgets, search documents,
 * personal data, entitlement definitions) and guards every call into plugin code.
 */
package eu.remhub.portal.plugin;
