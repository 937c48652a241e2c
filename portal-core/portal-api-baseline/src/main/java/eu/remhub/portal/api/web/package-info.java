/**
 * HTTP endpoints that plugins add under {@code /api/v1/}: the portal authenticates the caller (a
 * signed-in person or an organisation's API token), checks the endpoint's {@link
 * eu.remhub.portal.api.Access}, and hands the plugin a plain request and response, with no servlet
 * or Spring type in sight.
 */
package eu.remhub.portal.api.web;
