/**
 * The plugin runtime that the portal application and the testkit share: how plugin jars are loaded
 * (PF4J set-up with a contract-first class loader), how plugin code is called, and the adapters
 * that stand between a plugin and the core's resources (the rule which tables a plugin's SQL may
 * name). Nothing here depends on Spring, so a plugin's tests run it without a portal.
 */
package eu.remhub.portal.runtime;
