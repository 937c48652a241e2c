package eu.remhub.portal.billing;

import java.util.List;
import java.util.Optional;

/**
 * A membership plan, as configured under {@code portal.billing.plans}. Prices are in euro cents; a
 * plan offers a monthly price, a yearly price or both.
 *
 * @param id stable identifier, stored with memberships and sent to Stripe as metadata
 * @param name shown on the pricing page
 * @param description one or two sentences for the pricing page
 * @param monthlyCents monthly price in cents, or null when the plan is not sold monthly
 * @param yearlyCents yearly price in cents, or null when the plan is not sold yearly
 * @param stripeMonthlyPrice Stripe price id of the monthly price ({@code price_…}), or null
 * @param stripeYearlyPrice Stripe price id of the yearly price, or null
 * @param entitlements entitlements granted while the membership is entitled, core's and plugins'
 * @param seats how many people the organisation may have (members and open invitations)
 * @param graceDays how many days a past-due membership keeps its entitlements
 * @param features short lines for the side-by-side comparison
 */
public record Plan(
    String id,
    String name,
    String description,
    Long monthlyCents,
    Long yearlyCents,
    String stripeMonthlyPrice,
    String stripeYearlyPrice,
    List<String> entitlements,
    int seats,
    int graceDays,
    List<String> features) {

  public Plan {
    entitlements = entitlements == null ? List.of() : List.copyOf(entitlements);
    features = features == null ? List.of() : List.copyOf(features);
  }

  /** The price for an interval in cents, if the plan is sold that way. */
  public Optional<Long> priceCents(BillingInterval interval) {
    return Optional.ofNullable(interval == BillingInterval.MONTH ? monthlyCents : yearlyCents);
  }

  /** The Stripe price id for an interval, if configured. */
  public Optional<String> stripePrice(BillingInterval interval) {
    String price = interval == BillingInterval.MONTH ? stripeMonthlyPrice : stripeYearlyPrice;
    return Optional.ofNullable(price).filter(p -> !p.isBlank());
  }

  /** Whether the plan can be bought with this interval. */
  public boolean offers(BillingInterval interval) {
    return priceCents(interval).isPresent();
  }

  /** The monthly recurring revenue one membership on this plan stands for, in cents. */
  public long mrrCents(BillingInterval interval) {
    return priceCents(interval)
        .map(c -> interval == BillingInterval.MONTH ? c : Math.round(c / 12.0))
        .orElse(0L);
  }
}
