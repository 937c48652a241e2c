package eu.remhub.portal.billing.internal.stripe;

import com.stripe.StripeClient;
import eu.remhub.portal.billing.BillingProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Stripe client, only when Stripe is the provider. An instance client (not stripe-java's static
 * {@code Stripe.apiKey}) so that its key and address belong to this portal alone; tests point it at
 * an HTTP server of their own through {@code portal.billing.stripe.api-base}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeConfig {

  static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  static final int READ_TIMEOUT_MILLIS = 20_000;

  @Bean
  StripeClient stripeClient(BillingProperties properties) {
    BillingProperties.StripeSettings stripe = properties.stripe();
    if (stripe.apiKey().isBlank()) {
      throw new IllegalStateException(
          "portal.billing.provider is stripe, so portal.billing.stripe.api-key "
              + "(STRIPE_API_KEY) is required");
    }
    if (stripe.webhookSecret().isBlank()) {
      throw new IllegalStateException(
          "portal.billing.provider is stripe, so portal.billing.stripe.webhook-secret "
              + "(STRIPE_WEBHOOK_SECRET, whsec_…) is required: without it no webhook can be verified");
    }
    return StripeClient.builder()
        .setApiKey(stripe.apiKey())
        .setApiBase(stripe.apiBase())
        .setMaxNetworkRetries(stripe.maxNetworkRetries())
        // Calls run while a webhook's transaction holds the organisation's lock: never wait long.
        .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
        .setReadTimeout(READ_TIMEOUT_MILLIS)
        .build();
  }
}
