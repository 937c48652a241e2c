package eu.remhub.portal.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.event.MembershipActivated;
import eu.remhub.portal.api.event.MembershipLapsed;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.billing.internal.stripe.StripeReconciliation;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Org;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Orgs;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Published;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Memberships through Stripe end to end: an organisation admin subscribes, pays in (the fake's)
 * Checkout, webhooks arrive in any order, the membership and its entitlements follow; the return
 * page, the Customer Portal and plan changes for the admin's own organisation only; the lifecycle
 * through failed payments, grace and lapse; reconciliation repairing drift.
 */
@StripeIntegrationTest
@Tag("database")
class StripeBillingIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BillingService billing;
  @Autowired MembershipService memberships;
  @Autowired StripeReconciliation reconciliation;
  @Autowired Published published;
  @Autowired Orgs orgs;
  @Autowired Accounts accounts;

  private final FakeStripe fake = FakeStripe.get();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void adminSubscribes_paysInCheckout_andWebhooksInAnyOrder_activateTheMembership() {
    Org org = orgs.create();
    org.signIn();

    SubscribeResult result =
        billing.subscribe(org.id(), "sme", BillingInterval.MONTH, BillingDetails.none());
    SubscribeResult again =
        billing.subscribe(org.id(), "sme", BillingInterval.MONTH, BillingDetails.none());

    assertThat(result).isInstanceOf(SubscribeResult.Redirect.class);
    String url = ((SubscribeResult.Redirect) result).url();
    assertThat(url).startsWith(fake.base() + "/checkout/cs_test_");
    assertThat(again)
        .as("a second click within the same operation gets the same session")
        .isEqualTo(result);
    FakeStripe.Request checkout = lastRequest("POST", "/v1/checkout/sessions");
    assertThat(checkout.idempotencyKey()).isNotBlank();
    assertThat(checkout.params())
        .containsAllEntriesOf(
            Map.of(
                "mode", "subscription",
                "line_items[0][price]", "price_sme_month",
                "client_reference_id", Long.toString(org.id()),
                "metadata[organisation_id]", Long.toString(org.id()),
                "metadata[plan_id]", "sme",
                "subscription_data[metadata][organisation_id]", Long.toString(org.id()),
                "billing_address_collection", "required",
                "tax_id_collection[enabled]", "true"));
    assertThat(checkout.params().get("success_url"))
        .isEqualTo(base() + "/organisation/billing/return?session_id={CHECKOUT_SESSION_ID}");
    assertThat(checkout.params().get("cancel_url")).isEqualTo(base() + "/organisation/billing");

    int from = fake.events().size();
    String session = url.substring(url.lastIndexOf('/') + 1);
    String subscription = fake.completeCheckout(session);
    List<String> events = new ArrayList<>(fake.eventsSince(from));
    Collections.reverse(events);
    events.forEach(
        e -> assertThat(FakeStripeWebhooks.deliver(base(), e).statusCode()).isEqualTo(200));

    Membership m = memberships.find(org.id()).orElseThrow();
    assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(m.planId()).isEqualTo("sme");
    assertThat(m.interval()).isEqualTo(BillingInterval.MONTH);
    assertThat(m.stripeSubscriptionId()).isEqualTo(subscription);
    assertThat(m.currentPeriodEnd())
        .isEqualTo(
            Instant.ofEpochSecond(
                fake.subscription(subscription)
                    .getAsJsonObject("items")
                    .getAsJsonArray("data")
                    .get(0)
                    .getAsJsonObject()
                    .get("current_period_end")
                    .getAsLong()));
    assertThat(m.entitled()).isTrue();
    assertThat(memberships.entitlementsOf(org.id()))
        .contains("passport.manage", "pilot-calls.apply");
    assertThat(published.of(MembershipActivated.class))
        .anySatisfy(
            a -> {
              assertThat(a.organisationId()).isEqualTo(org.id());
              assertThat(a.planId()).isEqualTo("sme");
            });
    assertThat(customerOf(org)).isEqualTo(StripeJson.str(fake.session(session), "customer"));
    assertThat(
            jdbc.sql("SELECT status FROM invoice WHERE organisation_id = ? AND provider = 'stripe'")
                .param(org.id())
                .query(String.class)
                .list())
        .containsExactly("paid");

    assertThat(billing.checkoutReturned(org.id(), session))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(MembershipStatus.ACTIVE));
  }

  @Test
  void returnPage_appliesTheSubscription_beforeAnyWebhookArrives() {
    Org org = orgs.create();
    String session = startCheckout(org, "research", BillingInterval.YEAR);
    fake.completeCheckout(session);

    org.signIn();
    var membership = billing.checkoutReturned(org.id(), session);

    assertThat(membership)
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
              assertThat(m.planId()).isEqualTo("research");
              assertThat(m.interval()).isEqualTo(BillingInterval.YEAR);
            });
    assertThat(customerOf(org)).isNotNull();
  }

  @Test
  void anotherOrganisationsCheckoutSession_isRefused_andAudited() {
    Org owner = orgs.create();
    Org other = orgs.create();
    String session = startCheckout(owner, "sme", BillingInterval.MONTH);
    fake.completeCheckout(session);

    other.signIn();
    assertThatThrownBy(() -> billing.checkoutReturned(other.id(), session))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(memberships.find(other.id())).isEmpty();
    assertThat(customerOf(other)).isNull();
    assertThat(audits("billing.denied", "organisation:" + other.id())).isEqualTo(1);
  }

  @Test
  void customerPortal_opensForTheAdminsOwnCustomerOnly() {
    Org org = orgs.create();
    Org other = orgs.create();
    subscribeAndDeliver(org, "sme", BillingInterval.MONTH);
    Org noCustomer = orgs.create();

    org.signIn();
    var url = billing.customerPortalUrl(org.id(), base() + "/organisation/billing");
    assertThatThrownBy(() -> billing.customerPortalUrl(other.id(), null))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(url).hasValueSatisfying(u -> assertThat(u).startsWith(fake.base() + "/portal/bps_"));
    FakeStripe.Request portal = lastRequest("POST", "/v1/billing_portal/sessions");
    assertThat(portal.params())
        .containsEntry("customer", customerOf(org))
        .containsEntry("return_url", base() + "/organisation/billing");
    assertThat(audits("billing.denied", "organisation:" + other.id())).isEqualTo(1);
    noCustomer.signIn();
    assertThat(billing.customerPortalUrl(noCustomer.id(), null)).isEmpty();
  }

  @Test
  void planChange_reachesStripeWithProration_andTheMembershipFollows() {
    Org org = orgs.create();
    String subscription = subscribeAndDeliver(org, "sme", BillingInterval.MONTH);
    int from = fake.events().size();

    org.signIn();
    billing.changePlan(org.id(), "industry", BillingInterval.YEAR);

    FakeStripe.Request update = lastRequest("POST", "/v1/subscriptions/" + subscription);
    assertThat(update.params())
        .containsEntry("items[0][price]", "price_industry_year")
        .containsEntry("proration_behavior", "create_prorations")
        .containsKey("items[0][id]");
    assertThat(update.idempotencyKey()).isNotBlank();
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.planId()).isEqualTo("industry");
              assertThat(m.interval()).isEqualTo(BillingInterval.YEAR);
            });
    deliverSince(from);
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.planId()).isEqualTo("industry"));
    assertThat(memberships.entitlementsOf(org.id())).contains("hub.shared-services");

    int beforeCancel = fake.events().size();
    billing.cancelAtPeriodEnd(org.id(), true);
    assertThat(lastRequest("POST", "/v1/subscriptions/" + subscription).params())
        .containsEntry("cancel_at_period_end", "true");
    // The fake's event times run ahead of the portal's clock (each event a second after the one
    // before), so the state Stripe answered with may count as older than the stored event's; then
    // Stripe's event about the change brings it.
    deliverSince(beforeCancel);
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.cancelAtPeriodEnd()).isTrue());
  }

  @Test
  void failedPayment_isPastDue_entitledWithinGrace_lapsesAfter_andPayingRestores() {
    Org org = orgs.create();
    String subscription = subscribeAndDeliver(org, "sme", BillingInterval.MONTH);
    int from = fake.events().size();

    String invoice = fake.failRenewal(subscription);
    deliverSince(from);

    Membership pastDue = memberships.find(org.id()).orElseThrow();
    assertThat(pastDue.status()).isEqualTo(MembershipStatus.PAST_DUE);
    assertThat(pastDue.entitled()).isTrue();
    assertThat(memberships.entitlementsOf(org.id())).contains("passport.manage");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                .param(org.adminEmail())
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    jdbc.sql("UPDATE membership SET past_due_since = ? WHERE organisation_id = ?")
        .params(Timestamp.from(Instant.now().minus(Duration.ofDays(15))), org.id())
        .update();
    memberships.refreshEntitlements();

    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.entitled()).isFalse());
    assertThat(memberships.entitlementsOf(org.id())).isEmpty();
    assertThat(published.of(MembershipLapsed.class)).anyMatch(l -> l.organisationId() == org.id());

    from = fake.events().size();
    fake.pay(invoice);
    deliverSince(from);

    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
              assertThat(m.entitled()).isTrue();
            });
    assertThat(
            published.of(MembershipActivated.class).stream()
                .filter(a -> a.organisationId() == org.id()))
        .hasSize(2);
  }

  @Test
  void everyStatus_grantsWhatThePolicySays_andAnUnknownOneNothing() {
    Org org = orgs.create();
    String subscription = subscribeAndDeliver(org, "sme", BillingInterval.MONTH);
    Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
    expected.put("trialing", true);
    expected.put("unpaid", false);
    expected.put("paused", false);
    expected.put("active", true);
    expected.put("on_hold_for_review", false);
    expected.put("incomplete", false);

    expected.forEach(
        (status, entitled) -> {
          int from = fake.events().size();
          fake.status(subscription, status);
          deliverSince(from);
          Membership m = memberships.find(org.id()).orElseThrow();
          assertThat(m.rawStatus()).as(status).isEqualTo(status);
          assertThat(m.entitled()).as(status).isEqualTo(entitled);
          assertThat(memberships.entitlementsOf(org.id()).isEmpty())
              .as(status)
              .isEqualTo(!entitled);
        });
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.INCOMPLETE);

    int from = fake.events().size();
    fake.status(subscription, "canceled");
    deliverSince(from);
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(MembershipStatus.CANCELED);
              assertThat(m.entitled()).isFalse();
            });
  }

  @Test
  void reconciliation_repairsATamperedRowAndALostWebhook_withAnAuditEntry() {
    Org tampered = orgs.create();
    Org lost = orgs.create();
    subscribeAndDeliver(tampered, "sme", BillingInterval.MONTH);
    String lostSubscription = subscribeAndDeliver(lost, "research", BillingInterval.MONTH);
    jdbc.sql(
            "UPDATE membership SET status = 'canceled', plan_id = 'research', entitled = FALSE WHERE organisation_id = ?")
        .param(tampered.id())
        .update();
    fake.silently(lostSubscription, "past_due");

    int repaired = reconciliation.reconcileAll();

    assertThat(repaired).isGreaterThanOrEqualTo(2);
    assertThat(memberships.find(tampered.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
              assertThat(m.planId()).isEqualTo("sme");
              assertThat(m.entitled()).isTrue();
            });
    assertThat(memberships.find(lost.id()))
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.PAST_DUE));
    assertThat(audits("billing.drift-repaired", "organisation:" + tampered.id())).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_log WHERE action = 'billing.drift-repaired' AND target = ?")
                .param("organisation:" + tampered.id())
                .query(String.class)
                .single())
        .contains("status canceled → active");
    assertThat(reconciliation.reconcileAll()).as("nothing left to repair").isZero();

    jdbc.sql("UPDATE membership SET cancel_at_period_end = TRUE WHERE organisation_id = ?")
        .param(lost.id())
        .update();
    accounts.signIn(Persona.STAFF);
    billing.resync(lost.id());
    assertThat(memberships.find(lost.id()))
        .hasValueSatisfying(m -> assertThat(m.cancelAtPeriodEnd()).isFalse());
  }

  @Test
  void reconciliation_findsANewSubscriptionOfTheCustomer_whoseWebhooksWereAllLost() {
    Org org = orgs.create();
    // The first subscription two minutes back, so that the second is the customer's newest.
    long past = Instant.now().minusSeconds(120).getEpochSecond();
    fake.clock(() -> past);
    try {
      String first = subscribeAndDeliver(org, "sme", BillingInterval.MONTH);
      fake.status(first, "canceled");
    } finally {
      fake.clock(() -> Instant.now().getEpochSecond());
    }
    reconciliation.reconcileAll();
    assertThat(memberships.find(org.id()))
        .as("the lost cancellation repaired")
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.CANCELED));
    String second = fake.completeCheckout(startCheckout(org, "research", BillingInterval.MONTH));

    reconciliation.reconcileAll();

    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.stripeSubscriptionId()).isEqualTo(second);
              assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
              assertThat(m.planId()).isEqualTo("research");
            });
    List<String> repairs =
        jdbc.sql(
                "SELECT detail FROM audit_log WHERE action = 'billing.drift-repaired' AND target = ? "
                    + "ORDER BY id")
            .param("organisation:" + org.id())
            .query(String.class)
            .list();
    assertThat(repairs).hasSize(2);
    assertThat(repairs.getLast()).contains("status canceled → active").contains("subscription ");
  }

  @Test
  void checkoutAgain_withAnotherBillingEmail_getsANewSession_notAnIdempotencyError() {
    Org org = orgs.create();
    org.signIn();
    BillingDetails first = new BillingDetails("billing-a@stripe.example", "", "", "", "", "");
    BillingDetails second = new BillingDetails("billing-b@stripe.example", "", "", "", "", "");

    SubscribeResult a = billing.subscribe(org.id(), "sme", BillingInterval.MONTH, first);
    String keyA = lastRequest("POST", "/v1/checkout/sessions").idempotencyKey();
    SubscribeResult b = billing.subscribe(org.id(), "sme", BillingInterval.MONTH, second);
    String keyB = lastRequest("POST", "/v1/checkout/sessions").idempotencyKey();

    assertThat(keyB).isNotEqualTo(keyA).contains("price_sme_month");
    assertThat(b).isInstanceOf(SubscribeResult.Redirect.class).isNotEqualTo(a);
    assertThat(lastRequest("POST", "/v1/checkout/sessions").params())
        .containsEntry("customer_email", "billing-b@stripe.example");
    assertThat(billing.subscribe(org.id(), "sme", BillingInterval.MONTH, second))
        .as("the same again: same session")
        .isEqualTo(b);
  }

  @Test
  void aSecondCheckout_isRefusedWhileTheCustomersSubscriptionRuns_andThePageLearnsOfIt() {
    Org org = orgs.create();
    subscribeAndDeliver(org, "sme", BillingInterval.MONTH);
    // the mirror lost track: it believes the membership ended
    jdbc.sql(
            "UPDATE membership SET status = 'canceled', entitled = FALSE WHERE organisation_id = ?")
        .param(org.id())
        .update();
    org.signIn();
    int sessions =
        (int)
            fake.requests().stream().filter(r -> r.path().equals("/v1/checkout/sessions")).count();

    assertThatThrownBy(
            () ->
                billing.subscribe(
                    org.id(), "research", BillingInterval.MONTH, BillingDetails.none()))
        .isInstanceOf(InvalidInputException.class);

    assertThat(
            fake.requests().stream().filter(r -> r.path().equals("/v1/checkout/sessions")).count())
        .as("no second Checkout session")
        .isEqualTo(sessions);
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.ACTIVE);
    assertThat(audits("billing.checkout-refused", "organisation:" + org.id())).isEqualTo(1);
  }

  @Test
  void twoCheckoutsCompletedForOneOrganisation_keepTheFirstCustomer_andTellStaff() {
    Org org = orgs.create();
    String first = startCheckout(org, "sme", BillingInterval.MONTH);
    String second = startCheckout(org, "research", BillingInterval.MONTH);
    int from = fake.events().size();
    fake.completeCheckout(first);
    deliverSince(from);
    String firstCustomer = customerOf(org);

    from = fake.events().size();
    fake.completeCheckout(second);
    deliverSince(from);

    assertThat(customerOf(org)).isEqualTo(firstCustomer);
    assertThat(StripeJson.str(fake.session(second), "customer")).isNotEqualTo(firstCustomer);
    assertThat(audits("billing.second-customer", "organisation:" + org.id())).isEqualTo(1);
  }

  private String startCheckout(Org org, String plan, BillingInterval interval) {
    org.signIn();
    String url =
        ((SubscribeResult.Redirect)
                billing.subscribe(org.id(), plan, interval, BillingDetails.none()))
            .url();
    SecurityContextHolder.clearContext();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private String subscribeAndDeliver(Org org, String plan, BillingInterval interval) {
    String session = startCheckout(org, plan, interval);
    int from = fake.events().size();
    String subscription = fake.completeCheckout(session);
    deliverSince(from);
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE));
    return subscription;
  }

  private void deliverSince(int from) {
    fake.eventsSince(from)
        .forEach(
            e ->
                assertThat(FakeStripeWebhooks.deliver(base(), e).statusCode())
                    .as(e)
                    .isEqualTo(200));
  }

  private FakeStripe.Request lastRequest(String method, String path) {
    return fake.requests().reversed().stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + method + " " + path + " reached the fake"));
  }

  private String customerOf(Org org) {
    return jdbc.sql("SELECT stripe_customer_id FROM billing_account WHERE organisation_id = ?")
        .param(org.id())
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private int audits(String action, String target) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND target = ?")
        .params(action, target)
        .query(Integer.class)
        .single();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
