package eu.remhub.portal.member;

/**
 * A member organisation.
 *
 * @param id the id
 * @param legalName the registered name
 * @param shortName the name people use
 * @param country ISO 3166-1 alpha-2 code
 * @param city the city
 * @param segment the value-chain segment
 * @param website the website
 * @param description what it does
 * @param status PENDING, APPROVED or REJECTED
 */
public record Organisation(
    long id,
    String legalName,
    String shortName,
    String country,
    String city,
    ValueChainSegment segment,
    String website,
    String description,
    String status) {}
