/**
 * The {@code audit_log} table, read and written with JDBC, and the setting that lets an H2 database
 * close with the portal's context rather than in H2's own shutdown hook, and the 404 answers for
 * paths that name nothing ({@code /error} asked for directly, unknown actuator paths). Only {@code
 * base} uses it.
 */
package eu.remhub.portal.base.internal;
