package eu.remhub.plugin.passport.store;

import eu.remhub.portal.api.service.OrganisationRef;
import java.util.Optional;

/**
 * The responsible operator, by its public identity (CRMA Art. 28 asks for it on the data carrier).
 *
 * @param organisationId the organisation id
 * @param name its short name
 * @param legalName its registered name
 * @param country ISO 3166-1 alpha-2 code
 * @param segment its value-chain segment
 */
public record OperatorInfo(
    long organisationId, String name, String legalName, String country, String segment) {

  /**
   * The operator as the directory knows it, or a placeholder when the organisation has left.
   *
   * @param organisationId the organisation id
   * @param found what the directory answered
   * @return the operator
   */
  public static OperatorInfo of(long organisationId, Optional<OrganisationRef> found) {
    return found
        .map(o -> new OperatorInfo(o.id(), o.shortName(), o.legalName(), o.country(), o.segment()))
        .orElseGet(
            () -> new OperatorInfo(organisationId, "Organisation " + organisationId, "", "", ""));
  }
}
