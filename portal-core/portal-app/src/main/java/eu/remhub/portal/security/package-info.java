/**
 * Sign-in, sessions and access: the security filter chains, the current person, login throttling,
 * API token authentication and {@link eu.remhub.portal.security.AccessPolicy}, which judges every
 * {@code Access} rule. Security is the lowest feature: it asks the member feature through {@link
 * eu.remhub.portal.security.ApiTokenCheck} and {@link eu.remhub.portal.security.EntitlementCheck}
 * and names no other feature.
 */
package eu.remhub.portal.security;
