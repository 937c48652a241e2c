package eu.remhub.portal.api.service;

/**
 * Entitlement checks. An organisation holds the entitlements of its active membership plan; staff
 * hold every entitlement.
 *
 * <p>Thread-safe; {@link #currentUserHas(String)} answers {@code false} on background threads.
 *
 * @since 1.0.0
 */
public interface Entitlements {

  /**
   * Whether the person of the current request or UI holds an entitlement.
   *
   * @param entitlement the entitlement id
   * @return true if held
   */
  boolean currentUserHas(String entitlement);

  /**
   * Whether an organisation holds an entitlement.
   *
   * @param organisationId the organisation
   * @param entitlement the entitlement id
   * @return true if held
   */
  boolean organisationHas(long organisationId, String entitlement);
}
