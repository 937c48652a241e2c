/**
 * Services that the core offers to a plugin through its {@link eu.remhub.portal.api.PluginContext}.
 */
package eu.remhub.portal.api.service;
