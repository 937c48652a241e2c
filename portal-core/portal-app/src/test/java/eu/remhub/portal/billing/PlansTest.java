package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlansTest {

  private static BillingProperties.PlanSettings plan(
      String id, String monthly, String yearly, String stripeYearly) {
    return new BillingProperties.PlanSettings(
        id,
        "Plan " + id,
        "",
        monthly == null ? null : new BigDecimal(monthly),
        yearly == null ? null : new BigDecimal(yearly),
        null,
        stripeYearly,
        List.of("passport.manage"),
        10,
        14,
        List.of());
  }

  private static BillingProperties properties(
      String provider, BillingProperties.PlanSettings... plans) {
    return new BillingProperties(provider, List.of(plans), null, null, null, null, null);
  }

  @Test
  void pricesBecomeCentsAndYearlyPricesCountAsATwelfthOfMonthlyRevenue() {
    Plans plans =
        new Plans(
            properties(
                "manual",
                plan("sme", "150", "1500.00", null),
                plan("research", null, "450.5", null)));
    Plan sme = plans.find("sme").orElseThrow();
    assertThat(sme.monthlyCents()).isEqualTo(15000);
    assertThat(sme.yearlyCents()).isEqualTo(150000);
    assertThat(sme.mrrCents(BillingInterval.MONTH)).isEqualTo(15000);
    assertThat(sme.mrrCents(BillingInterval.YEAR)).isEqualTo(12500);
    Plan research = plans.find("research").orElseThrow();
    assertThat(research.offers(BillingInterval.MONTH)).isFalse();
    assertThat(research.mrrCents(BillingInterval.YEAR)).isEqualTo(3754);
  }

  @Test
  void configurationMistakesStopTheStartWithTheirPlanNamed() {
    assertThatThrownBy(
            () ->
                new Plans(
                    properties(
                        "manual", plan("sme", "1", null, null), plan("sme", "2", null, null))))
        .hasMessageContaining("plans[sme]")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new Plans(properties("manual", plan("free", null, null, null))))
        .hasMessageContaining("plans[free]")
        .hasMessageContaining("monthly-eur");
    assertThatThrownBy(() -> new Plans(properties("manual", plan("Bad Id", "1", null, null))))
        .hasMessageContaining("lower-case");
    assertThatThrownBy(() -> new Plans(properties("stripe", plan("sme", null, "1500", null))))
        .hasMessageContaining("plans[sme]")
        .hasMessageContaining("stripe-yearly-price");
  }

  @Test
  void aStripePriceIdLeadsBackToItsPlanAndInterval() {
    Plans plans = new Plans(properties("stripe", plan("sme", null, "1500", "price_sme_y")));
    assertThat(plans.byStripePrice("price_sme_y"))
        .hasValueSatisfying(
            p -> {
              assertThat(p.plan().id()).isEqualTo("sme");
              assertThat(p.interval()).isEqualTo(BillingInterval.YEAR);
            });
    assertThat(plans.byStripePrice("price_other")).isEmpty();
  }
}
