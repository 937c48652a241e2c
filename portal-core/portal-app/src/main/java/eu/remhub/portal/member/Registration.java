package eu.remhub.portal.member;

import java.util.Set;

/**
 * What a person fills in to register.
 *
 * @param displayName their name
 * @param email their address, to be confirmed
 * @param password their password
 * @param locale their language (en or it)
 */
public record Registration(String displayName, String email, String password, String locale) {

  /**
   * The organisation a person creates when registering, to be completed in its profile later.
   *
   * @param legalName registered name
   * @param shortName the name people use
   * @param country ISO code of an EU member state
   * @param vatId optional VAT number
   * @param segments where it sits in the value chain
   */
  public record NewOrganisation(
      String legalName,
      String shortName,
      String country,
      String vatId,
      Set<ValueChainSegment> segments) {}
}
