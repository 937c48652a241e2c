/**
 * The REMHub plugin contract, version {@value eu.remhub.portal.api.PortalApi#VERSION}: the only
 * core artifact a plugin compiles against. It holds interfaces, records, enums and the small {@link
 * eu.remhub.portal.api.PluginContexts} lookup; no Spring, JDBC driver, Lucene or Stripe type
 * appears here, so the core can change its technology without breaking plugins.
 */
package eu.remhub.portal.api;
