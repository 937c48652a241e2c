/**
 * The member feature's database adapters: organisation profiles and logos, one-time tokens. JDBC
 * stays in here; the services in {@code eu.remhub.portal.member} are the API.
 */
package eu.remhub.portal.member.internal;
