/**
 * How plugins read query results: {@link eu.remhub.portal.runtime.jdbc.ResultSetRow} presents the
 * current row of a JDBC result set as the contract's {@link eu.remhub.portal.api.service.Row}, so
 * that the portal's and the test kit's {@link eu.remhub.portal.api.service.PluginJdbc} read rows
 * the same way and never hand the result set itself to plugin code.
 */
package eu.remhub.portal.runtime.jdbc;
