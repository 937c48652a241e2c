/**
 * The passport REST API: handlers for the portal's {@code /api/v1/} dispatcher, its JSON Schema and
 * OpenAPI description.
 */
package eu.remhub.plugin.passport.api;
