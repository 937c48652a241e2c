/** The {@code audit_log} table, read and written with JDBC. Only {@code base} uses it. */
package eu.remhub.portal.base.internal;
