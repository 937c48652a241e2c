package eu.remhub.portal.search;

import java.util.Set;

/**
 * The entitlements staff granted an organisation, with which its members and its API tokens see
 * documents. The member feature implements this, so that search can shape a {@link Viewer} without
 * depending on member.
 */
@FunctionalInterface
public interface OrganisationGrants {

  /** The entitlements granted to an organisation. */
  Set<String> grantedTo(long organisationId);
}
