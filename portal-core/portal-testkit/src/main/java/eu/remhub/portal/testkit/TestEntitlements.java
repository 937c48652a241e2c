package eu.remhub.portal.testkit;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.service.Entitlements;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@link Entitlements} that a test grants by hand, with the portal's rules: an organisation holds
 * what was granted to it; the person signed in holds what their organisation holds; staff hold
 * every entitlement. Thread-safe.
 *
 * @since 1.0.0
 */
public final class TestEntitlements implements Entitlements {

  private final Map<Long, Set<String>> byOrganisation = new ConcurrentHashMap<>();
  private final Supplier<Optional<CurrentUser>> currentUser;

  TestEntitlements(Supplier<Optional<CurrentUser>> currentUser) {
    this.currentUser = currentUser;
  }

  /**
   * Gives an organisation an entitlement, as an active plan would.
   *
   * @param organisationId the organisation
   * @param entitlement the entitlement id
   */
  public void grant(long organisationId, String entitlement) {
    byOrganisation
        .computeIfAbsent(organisationId, id -> ConcurrentHashMap.newKeySet())
        .add(entitlement);
  }

  /**
   * Takes an entitlement away again, as a lapsed membership would.
   *
   * @param organisationId the organisation
   * @param entitlement the entitlement id
   */
  public void revoke(long organisationId, String entitlement) {
    byOrganisation.getOrDefault(organisationId, Set.of()).remove(entitlement);
  }

  @Override
  public boolean currentUserHas(String entitlement) {
    return currentUser
        .get()
        .map(
            user ->
                user.hasRole(Roles.STAFF) || organisationHas(user.organisationId(), entitlement))
        .orElse(false);
  }

  @Override
  public boolean organisationHas(long organisationId, String entitlement) {
    return byOrganisation.getOrDefault(organisationId, Set.of()).contains(entitlement);
  }
}
