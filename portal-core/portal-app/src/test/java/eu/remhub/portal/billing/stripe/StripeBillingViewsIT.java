package eu.remhub.portal.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Org;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Orgs;
import eu.remhub.portal.billing.ui.CheckoutReturnView;
import eu.remhub.portal.billing.ui.OrganisationBillingView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The membership page with Stripe as the provider, browserless: the admin is sent to Stripe
 * Checkout (no address fields: Checkout collects them), comes back to the return page that shows
 * the active membership, and opens the Customer Portal of the organisation's own customer.
 */
@StripeIntegrationTest
@Tag("database")
class StripeBillingViewsIT extends SpringBrowserlessTest {

  @Autowired Orgs orgs;
  @Autowired MembershipService memberships;

  private final FakeStripe fake = FakeStripe.get();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void adminGoesToCheckout_returnsToAnActiveMembership_andOpensTheCustomerPortal() {
    Org org = orgs.create();
    org.signIn();

    UI.getCurrent()
        .navigate(
            OrganisationBillingView.class,
            QueryParameters.simple(Map.of("plan", "sme", "interval", "month")));
    assertThat($(TextField.class).withId("subscribe-city").exists())
        .as("Checkout collects the address")
        .isFalse();
    test($(Button.class).id("subscribe-submit")).click();
    String checkout = locationSetByTheLastAction();
    assertThat(checkout).startsWith(fake.base() + "/checkout/cs_test_");
    assertThat(memberships.find(org.id())).isEmpty();

    String session = checkout.substring(checkout.lastIndexOf('/') + 1);
    fake.completeCheckout(session);
    UI.getCurrent()
        .navigate(CheckoutReturnView.class, QueryParameters.simple(Map.of("session_id", session)));
    assertThat($(Span.class).id("checkout-status").getText()).isEqualTo("Active");
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.ACTIVE);

    navigate(OrganisationBillingView.class);
    assertThat($(Span.class).id("billing-status").getText()).isEqualTo("Active");
    test($(Button.class).id("billing-portal")).click();
    assertThat(locationSetByTheLastAction()).startsWith(fake.base() + "/portal/bps_");
  }

  /** The address the page sent the browser to ({@code Page.setLocation} runs as JavaScript). */
  private static String locationSetByTheLastAction() {
    List<PendingJavaScriptInvocation> pending =
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    return pending.stream()
        .flatMap(p -> p.getInvocation().getParameters().stream())
        .filter(Objects::nonNull)
        .map(Object::toString)
        .filter(s -> s.startsWith("http"))
        .reduce((first, second) -> second)
        .orElseThrow(
            () -> new AssertionError("the page set no location; pending: " + pending.size()));
  }
}
