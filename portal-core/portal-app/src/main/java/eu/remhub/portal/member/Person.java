package eu.remhub.portal.member;

import java.util.Set;

/**
 * A person with an account on the portal.
 *
 * @param id the id
 * @param email the sign-in address
 * @param passwordHash the encoded password
 * @param displayName the name to show
 * @param organisationId the organisation, or 0 for staff without one
 * @param roles the roles
 * @param enabled whether the account may sign in
 * @param locale the preferred language tag
 */
public record Person(
    long id,
    String email,
    String passwordHash,
    String displayName,
    long organisationId,
    Set<String> roles,
    boolean enabled,
    String locale) {}
