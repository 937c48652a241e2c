package eu.remhub.portal.billing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The configured plans. A configuration mistake (duplicate id, a plan without price, a missing
 * Stripe price id while Stripe is the provider) stops the start with a message that names the plan.
 */
@Component
public class Plans {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final List<Plan> plans;

  public Plans(BillingProperties properties) {
    this.plans = properties.plans().stream().map(BillingProperties.PlanSettings::toPlan).toList();
    Set<String> ids = new HashSet<>();
    for (Plan plan : plans) {
      String where = "portal.billing.plans[" + plan.id() + "]: ";
      if (plan.id() == null || !ID.matcher(plan.id()).matches()) {
        throw new IllegalStateException(where + "id must be lower-case letters, digits and dashes");
      }
      if (!ids.add(plan.id())) {
        throw new IllegalStateException(where + "the id is used twice");
      }
      if (plan.name() == null || plan.name().isBlank()) {
        throw new IllegalStateException(where + "a name is required");
      }
      if (plan.monthlyCents() == null && plan.yearlyCents() == null) {
        throw new IllegalStateException(where + "give monthly-eur, yearly-eur or both");
      }
      if ((plan.monthlyCents() != null && plan.monthlyCents() < 0)
          || (plan.yearlyCents() != null && plan.yearlyCents() < 0)) {
        throw new IllegalStateException(where + "prices cannot be negative");
      }
      if (plan.seats() < 1 || plan.graceDays() < 0) {
        throw new IllegalStateException(
            where + "seats must be at least 1 and grace-days not negative");
      }
      if (properties.stripeEnabled()) {
        for (BillingInterval interval : BillingInterval.values()) {
          if (plan.offers(interval) && plan.stripePrice(interval).isEmpty()) {
            throw new IllegalStateException(
                where
                    + "Stripe is the provider, so stripe-"
                    + interval.stripeName()
                    + "ly-price is required for the "
                    + interval.stripeName()
                    + "ly price");
          }
        }
      }
    }
  }

  /** All plans, in configured order. */
  public List<Plan> all() {
    return plans;
  }

  public Optional<Plan> find(String id) {
    return plans.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The plan and interval a Stripe price id stands for. */
  public Optional<PlanPrice> byStripePrice(String priceId) {
    for (Plan plan : plans) {
      for (BillingInterval interval : BillingInterval.values()) {
        if (plan.stripePrice(interval).filter(priceId::equals).isPresent()) {
          return Optional.of(new PlanPrice(plan, interval));
        }
      }
    }
    return Optional.empty();
  }

  /** A plan with one of its intervals. */
  public record PlanPrice(Plan plan, BillingInterval interval) {}
}
