package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Tier;
import eu.remhub.portal.api.service.Entitlements;

/**
 * Decides a caller's tier for a passport and whether the caller may change it. Owners are the
 * people (or API tokens) of the responsible organisation while it holds {@link #MANAGE}; hub staff
 * stand in for authorities; organisations holding {@link #RESTRICTED_READ} have a legitimate
 * interest.
 */
public final class AccessPolicy {

  /** Entitlement to create and edit the passports of one's own organisation. */
  public static final String MANAGE = "passport.manage";

  /** Entitlement to read restricted passport data: repairers and recyclers. */
  public static final String RESTRICTED_READ = "passport.restricted-read";

  private final Entitlements entitlements;

  /**
   * Creates the policy.
   *
   * @param entitlements the portal's entitlement checks
   */
  public AccessPolicy(Entitlements entitlements) {
    this.entitlements = entitlements;
  }

  /**
   * The tier a caller reads a passport with.
   *
   * @param viewer the caller
   * @param operatorOrganisationId the passport's responsible organisation
   * @return the tier
   */
  public Tier tier(Viewer viewer, long operatorOrganisationId) {
    if (viewer.staff()) {
      return Tier.AUTHORITY;
    }
    if (owns(viewer, operatorOrganisationId)) {
      return Tier.OWNER;
    }
    if (viewer.organisationId() > 0
        && entitlements.organisationHas(viewer.organisationId(), RESTRICTED_READ)) {
      return Tier.LEGITIMATE_INTEREST;
    }
    return Tier.PUBLIC;
  }

  /**
   * Whether a caller may create, edit, publish, withdraw a passport of an organisation and record
   * its events.
   *
   * @param viewer the caller
   * @param operatorOrganisationId the responsible organisation
   * @return true for its owners and for staff
   */
  public boolean mayManage(Viewer viewer, long operatorOrganisationId) {
    return viewer.staff() || owns(viewer, operatorOrganisationId);
  }

  /**
   * Whether a caller manages passports at all: holds {@link #MANAGE} through an organisation, or is
   * staff.
   *
   * @param viewer the caller
   * @return true if so
   */
  public boolean managesAny(Viewer viewer) {
    return viewer.staff()
        || (viewer.organisationId() > 0
            && entitlements.organisationHas(viewer.organisationId(), MANAGE));
  }

  private boolean owns(Viewer viewer, long operatorOrganisationId) {
    return viewer.organisationId() > 0
        && viewer.organisationId() == operatorOrganisationId
        && entitlements.organisationHas(operatorOrganisationId, MANAGE);
  }
}
