package eu.remhub.portal.billing.stripe;

import eu.remhub.portal.TestSupport;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The portal with Stripe as its billing provider, talking to {@link FakeStripe}. Like {@link
 * eu.remhub.portal.PortalIntegrationTest}, every Stripe test carries only this, so that they all
 * share one second Spring context; it has a database and data folder of its own (see {@link
 * StripeContext}), because starting it cleans its database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import({TestSupport.class, StripeTestSupport.class})
@ContextConfiguration(initializers = StripeContext.class)
public @interface StripeIntegrationTest {}
