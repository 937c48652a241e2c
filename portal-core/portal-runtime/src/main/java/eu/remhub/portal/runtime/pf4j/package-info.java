/**
 * PF4J set up the way the portal loads plugins: jars with a manifest descriptor, the contract
 * version as system version, the contract and shared libraries loaded parent-first, and plugins and
 * extensions created with their {@link eu.remhub.portal.api.PluginContext}. The application and the
 * testkit both build on {@link eu.remhub.portal.runtime.pf4j.PortalPluginManager}, so a plugin that
 * loads in its tests loads in the portal, and the other way round.
 */
package eu.remhub.portal.runtime.pf4j;
