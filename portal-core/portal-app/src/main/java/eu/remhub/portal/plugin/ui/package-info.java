/**
 * The staff view of plugins (install, enable, disable, update, settings, role grants, scheduled
 * jobs) and the plugin parts of the shell: the home page's widgets of enabled plugins.
 */
package eu.remhub.portal.plugin.ui;
