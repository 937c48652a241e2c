package eu.remhub.portal.billing;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.security.CurrentPerson;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Memberships as people use them: an organisation's admins subscribe, change plan, cancel and open
 * Stripe's Customer Portal for their own organisation only; staff look at any and resync. The
 * organisation always comes from the signed-in person, never from a request parameter, and a
 * refused attempt is written to the audit log.
 */
@Service
public class BillingService {

  private final List<BillingProvider> providers;
  private final BillingProperties properties;
  private final Plans plans;
  private final MembershipService memberships;
  private final CurrentPerson currentPerson;
  private final AuditService audit;

  public BillingService(
      List<BillingProvider> providers,
      BillingProperties properties,
      Plans plans,
      MembershipService memberships,
      CurrentPerson currentPerson,
      AuditService audit) {
    this.providers = providers;
    this.properties = properties;
    this.plans = plans;
    this.memberships = memberships;
    this.currentPerson = currentPerson;
    this.audit = audit;
  }

  /** The provider new memberships go through. */
  public BillingProvider provider() {
    return providers.stream()
        .filter(p -> p.id().equals(properties.provider()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "portal.billing.provider '"
                        + properties.provider()
                        + "' is not available; use 'manual' or 'stripe'"));
  }

  public List<Plan> plans() {
    return plans.all();
  }

  /** The membership of an organisation, for its own people and staff. */
  public Optional<Membership> membership(long organisationId) {
    CurrentUser user = signedIn();
    if (user.organisationId() != organisationId && !user.hasRole(Roles.STAFF)) {
      throw refused(user, organisationId, "read the membership of");
    }
    return memberships.find(organisationId);
  }

  /** A plan change waiting for the next period, for the organisation's own people and staff. */
  public Optional<Plans.PlanPrice> pendingChange(long organisationId) {
    return membership(organisationId).flatMap(m -> providerOf(m).pendingChange(organisationId));
  }

  /** Starts a membership for the admin's own organisation. */
  public SubscribeResult subscribe(
      long organisationId, String planId, BillingInterval interval, BillingDetails details) {
    requireOwnAdmin(organisationId, "subscribe");
    Plan plan = offered(planId, interval);
    Optional<Membership> current = memberships.find(organisationId);
    if (current.isPresent()
        && !current.get().status().isFinal()
        && current.get().status() != MembershipStatus.INCOMPLETE) {
      throw InvalidInputException.of("plan", "error.billing.already-member");
    }
    return provider().subscribe(organisationId, plan, interval, details);
  }

  /**
   * Moves the admin's own organisation to another plan or interval, or back to its current one
   * while a change is pending.
   */
  public void changePlan(long organisationId, String planId, BillingInterval interval) {
    requireOwnAdmin(organisationId, "change the plan of");
    Plan plan = offered(planId, interval);
    Membership current =
        memberships
            .find(organisationId)
            .filter(m -> !m.status().isFinal())
            .orElseThrow(() -> InvalidInputException.of("plan", "error.billing.no-membership"));
    BillingProvider provider = providerOf(current);
    if (current.planId().equals(plan.id())
        && current.interval() == interval
        && provider.pendingChange(organisationId).isEmpty()) {
      throw InvalidInputException.of("plan", "error.billing.same-plan");
    }
    // The current plan again while a change waits for the next period: the provider withdraws the
    // change.
    provider.changePlan(organisationId, plan, interval);
  }

  /** Ends the admin's own membership at the end of the paid period, or takes that back. */
  public void cancelAtPeriodEnd(long organisationId, boolean cancel) {
    requireOwnAdmin(organisationId, "cancel the membership of");
    Membership current =
        memberships
            .find(organisationId)
            .filter(m -> !m.status().isFinal())
            .orElseThrow(() -> InvalidInputException.of("plan", "error.billing.no-membership"));
    providerOf(current).cancelAtPeriodEnd(organisationId, cancel);
  }

  /** A Customer Portal session for the admin's own organisation (Stripe only). */
  public Optional<String> customerPortalUrl(long organisationId, String returnUrl) {
    requireOwnAdmin(organisationId, "open the billing portal of");
    return memberships
        .find(organisationId)
        .map(this::providerOf)
        .orElse(provider())
        .customerPortalUrl(organisationId, returnUrl);
  }

  /** The admin came back from Stripe Checkout. */
  public Optional<Membership> checkoutReturned(long organisationId, String checkoutSessionId) {
    requireOwnAdmin(organisationId, "complete the checkout of");
    provider().checkoutReturned(organisationId, checkoutSessionId);
    return memberships.find(organisationId);
  }

  /** Staff: fetch the provider's state for one organisation and repair the mirror. */
  public void resync(long organisationId) {
    CurrentUser user = signedIn();
    if (!user.hasRole(Roles.STAFF)) {
      throw refused(user, organisationId, "resync");
    }
    memberships
        .find(organisationId)
        .map(this::providerOf)
        .orElse(provider())
        .resync(organisationId);
    audit.record("billing.resync", "organisation:" + organisationId, "");
  }

  private BillingProvider providerOf(Membership membership) {
    return providers.stream()
        .filter(p -> p.id().equals(membership.provider()))
        .findFirst()
        .orElse(provider());
  }

  private Plan offered(String planId, BillingInterval interval) {
    Plan plan =
        plans
            .find(planId)
            .orElseThrow(() -> InvalidInputException.of("plan", "error.billing.unknown-plan"));
    if (interval == null || !plan.offers(interval)) {
      throw InvalidInputException.of("interval", "error.billing.interval-not-offered");
    }
    return plan;
  }

  private CurrentUser requireOwnAdmin(long organisationId, String what) {
    CurrentUser user = signedIn();
    if (!user.hasRole(Roles.ORG_ADMIN) || user.organisationId() != organisationId) {
      throw refused(user, organisationId, what);
    }
    return user;
  }

  private AccessDeniedException refused(CurrentUser user, long organisationId, String what) {
    audit.record(
        "billing.denied",
        "organisation:" + organisationId,
        user.email() + " tried to " + what + " it");
    return new AccessDeniedException(
        "only the organisation's own admins may " + what + " an organisation's membership");
  }

  private CurrentUser signedIn() {
    return currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
  }
}
