package eu.remhub.portal.billing;

import java.time.Instant;

/**
 * A snapshot of a membership from its provider: a Stripe subscription (from an event or fetched),
 * or a manual invoice paid or overdue. Applied by {@link MembershipService#apply} only when newer
 * than what is stored.
 *
 * @param stateAt when the provider's state was this (a Stripe event's {@code created}, or the
 *     fetch)
 * @param cause a few words for the history and the audit log, e.g. {@code
 *     customer.subscription.updated}
 */
public record MembershipUpdate(
    long organisationId,
    String planId,
    BillingInterval interval,
    String provider,
    String rawStatus,
    String stripeSubscriptionId,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    boolean cancelAtPeriodEnd,
    Instant stateAt,
    String cause) {}
