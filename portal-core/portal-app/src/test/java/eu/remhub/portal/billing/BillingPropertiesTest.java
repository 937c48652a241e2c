package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BillingPropertiesTest {

  private static Duration tolerance(Duration configured) {
    return new BillingProperties.StripeSettings("sk_test", "whsec_test", null, configured, null, 0)
        .webhookTolerance();
  }

  @Test
  void aWebhookToleranceThatWouldSwitchTheTimestampCheckOffBecomesTheDefault() {
    assertThat(tolerance(null)).isEqualTo(Duration.ofMinutes(5));
    assertThat(tolerance(Duration.ZERO)).isEqualTo(Duration.ofMinutes(5));
    assertThat(tolerance(Duration.ofSeconds(-30))).isEqualTo(Duration.ofMinutes(5));
    assertThat(tolerance(Duration.ofMillis(999))).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aPositiveWebhookToleranceIsKept() {
    assertThat(tolerance(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    assertThat(tolerance(Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void withoutStripeSettingsTheToleranceIsTheDefault() {
    BillingProperties properties =
        new BillingProperties("stripe", null, null, null, null, null, null);
    assertThat(properties.stripe().webhookTolerance()).isEqualTo(Duration.ofMinutes(5));
  }
}
