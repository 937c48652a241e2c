package eu.remhub.portal.billing.stripe;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Starts {@link FakeStripe} before the context and points the portal at it: Stripe as the provider,
 * the fake's address and secrets, a Stripe price id for every configured price. The database and
 * the data folder are the Stripe context's own: on H2 another file, on MySQL/MariaDB another
 * schema, created on first use.
 */
public class StripeContext
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> p = stripeSettings(FakeStripe.get());
    p.put("portal.billing.stripe.max-network-retries", "1");
    String url = context.getEnvironment().getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      p.put("spring.datasource.url", ownSchema(url));
      p.put("portal.data-dir", "./target/it-data-mysql-stripe");
    } else {
      p.put("portal.data-dir", "./target/it-data-stripe");
      p.put("spring.datasource.url", h2In("./target/it-data-stripe"));
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fake-stripe", p));
    keepTheOtherPortalsSecurityContextHolder(context);
  }

  /**
   * Vaadin's security configuration installs its own holder of the security context JVM-wide when a
   * context starts. The portal of the other integration tests reads the person of a request from
   * that holder, so when it runs already, it keeps it: this context's requests (webhooks) need no
   * signed-in person, and tests sign people in through the JVM-wide holder for either context.
   */
  private static void keepTheOtherPortalsSecurityContextHolder(
      ConfigurableApplicationContext context) {
    SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
    if (!(before instanceof VaadinAwareSecurityContextHolderStrategy)) {
      return;
    }
    context.addApplicationListener(
        (ApplicationListener<ContextRefreshedEvent>)
            event -> {
              if (event.getApplicationContext() == context) {
                SecurityContextHolder.setContextHolderStrategy(before);
              }
            });
  }

  /**
   * Stripe as the provider, pointed at the fake: its address, key and secret, a price id for every
   * configured price.
   */
  static Map<String, Object> stripeSettings(FakeStripe fake) {
    Map<String, Object> p = new HashMap<>();
    p.put("portal.billing.provider", "stripe");
    p.put("portal.billing.stripe.api-key", FakeStripe.API_KEY);
    p.put("portal.billing.stripe.webhook-secret", FakeStripe.WEBHOOK_SECRET);
    p.put("portal.billing.stripe.api-base", fake.base());
    p.put("STRIPE_PRICE_RESEARCH_MONTHLY", "price_research_month");
    p.put("STRIPE_PRICE_RESEARCH_YEARLY", "price_research_year");
    p.put("STRIPE_PRICE_SME_MONTHLY", "price_sme_month");
    p.put("STRIPE_PRICE_SME_YEARLY", "price_sme_year");
    p.put("STRIPE_PRICE_INDUSTRY_YEARLY", "price_industry_year");
    return p;
  }

  /**
   * The embedded database in a data folder of its own, as the portal's default but with a longer
   * lock wait.
   */
  static String h2In(String dataDir) {
    return "jdbc:h2:file:"
        + dataDir
        + "/db/remhub;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
        + "NON_KEYWORDS=VALUE,KEY;LOCK_TIMEOUT=20000";
  }

  /**
   * {@code jdbc:mysql://host:3306/test?x=y} → {@code
   * jdbc:mysql://host:3306/test_stripe?x=y&createDatabaseIfNotExist=true}.
   */
  static String ownSchema(String url) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query + 1);
    int slash = base.lastIndexOf('/');
    String schema = base.substring(slash + 1);
    String joined =
        params.isEmpty()
            ? "createDatabaseIfNotExist=true"
            : params + "&createDatabaseIfNotExist=true";
    return base.substring(0, slash + 1)
        + (schema.isEmpty() ? "test" : schema)
        + "_stripe?"
        + joined;
  }
}
