/**
 * The member feature's database adapters: people and organisations, profiles and logos, one-time
 * tokens and API tokens. JDBC stays in here; the services in {@code eu.remhub.portal.member} are
 * the API.
 */
package eu.remhub.portal.member.internal;
