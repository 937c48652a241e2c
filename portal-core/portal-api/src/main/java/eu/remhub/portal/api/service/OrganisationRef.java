package eu.remhub.portal.api.service;

import eu.remhub.portal.api.OrganisationId;

/**
 * A member organisation as plugins see it: its public identity.
 *
 * @param id the organisation id
 * @param shortName the name people use
 * @param legalName the registered name
 * @param country ISO 3166-1 alpha-2 code
 * @param segment the value-chain segment code ({@code MINING}, {@code REFINING}, {@code
 *     METALS_ALLOYS}, {@code MAGNET_MAKING}, {@code COMPONENTS_OEM}, {@code RECYCLING}, {@code
 *     RESEARCH}, {@code POLICY}, {@code SERVICES})
 * @since 1.0.0 ({@link #organisationId()} since 1.1.0)
 */
public record OrganisationRef(
    long id, String shortName, String legalName, String country, String segment) {

  /**
   * The organisation's id as a typed id.
   *
   * @return the id
   * @since 1.1.0
   */
  public OrganisationId organisationId() {
    return OrganisationId.of(id);
  }
}
