/**
 * The rule which tables a plugin's SQL may name, as one implementation that the portal and the test
 * kit both apply, so that a statement refused in production is refused in tests too.
 */
package eu.remhub.portal.runtime.sql;
