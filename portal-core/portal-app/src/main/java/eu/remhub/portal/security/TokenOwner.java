package eu.remhub.portal.security;

/**
 * Who a valid API token speaks for: the principal of a request authenticated by token. It lives
 * here, with the filter that creates it, so that every feature can recognise a token caller without
 * naming the feature that issues tokens.
 *
 * @param tokenId the token's row id
 * @param organisationId the organisation the token acts for
 * @param name the name its organisation gave the token
 */
public record TokenOwner(long tokenId, long organisationId, String name) {}
