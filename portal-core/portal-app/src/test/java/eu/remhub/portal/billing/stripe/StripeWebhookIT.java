package eu.remhub.portal.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingEventLog;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.billing.internal.stripe.StripeWebhookProcessor;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Org;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Orgs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The webhook endpoint over real HTTP: the signature checked on the raw bytes, every rejected
 * request leaving nothing behind, duplicates (one after the other and at the same moment) handled
 * once, a failing handler rolled back and recorded for a retry that then succeeds.
 */
@StripeIntegrationTest
@Tag("database")
class StripeWebhookIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BillingService billing;
  @Autowired BillingEventLog eventLog;
  @Autowired MembershipService memberships;
  @Autowired Orgs orgs;
  @Autowired Accounts accounts;
  @Autowired StripeWebhookProcessor processor;

  private final FakeStripe fake = FakeStripe.get();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void validSignature_isAccepted_andAnUnknownTypeIsRecordedAsUnhandled() {
    String event =
        fake.emitOther("customer.created", customer("cus_unrelated_" + System.nanoTime()));

    HttpResponse<String> response = FakeStripeWebhooks.deliver(base(), event);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"outcome\":\"UNHANDLED\"");
    assertThat(rows(FakeStripeWebhooks.id(event))).isEqualTo(1);
    assertThat(outcome(FakeStripeWebhooks.id(event))).isEqualTo("UNHANDLED");
  }

  @Test
  void badSignaturesAndBodies_get400_andNothingIsStored() {
    String event =
        fake.emitOther("customer.created", customer("cus_rejected_" + System.nanoTime()));
    String id = FakeStripeWebhooks.id(event);
    long now = Instant.now().getEpochSecond();
    String valid = FakeStripeWebhooks.signature(event, now, FakeStripe.WEBHOOK_SECRET);
    String pretty =
        new GsonBuilder().setPrettyPrinting().create().toJson(JsonParser.parseString(event));
    String v0Only = valid.replace("v1=", "v0=");
    String wrongSecret = FakeStripeWebhooks.signature(event, now, "whsec_someone_else");
    String old = FakeStripeWebhooks.signature(event, now - 301, FakeStripe.WEBHOOK_SECRET);

    List<HttpResponse<String>> rejected =
        List.of(
            FakeStripeWebhooks.post(base(), pretty, valid),
            FakeStripeWebhooks.post(base(), event, null),
            FakeStripeWebhooks.post(base(), event, v0Only),
            FakeStripeWebhooks.post(base(), event, wrongSecret),
            FakeStripeWebhooks.post(base(), event, old),
            FakeStripeWebhooks.post(base(), event + " ", valid));

    assertThat(rejected)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(400);
              assertThat(r.headers().firstValue("Content-Type"))
                  .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            });
    assertThat(rejected.get(1).body()).contains("Stripe-Signature header is required");
    assertThat(rejected.get(4).body()).contains("tolerance");
    assertThat(rows(id)).isZero();

    String malformed = "{\"id\": \"evt_malformed\", \"type\": ";
    String noId =
        "{\"object\":\"event\",\"type\":\"invoice.paid\",\"created\":"
            + now
            + ",\"data\":{\"object\":{}}}";
    String malformedSigned =
        FakeStripeWebhooks.signature(malformed, now, FakeStripe.WEBHOOK_SECRET);
    String noIdSigned = FakeStripeWebhooks.signature(noId, now, FakeStripe.WEBHOOK_SECRET);
    assertThat(FakeStripeWebhooks.post(base(), malformed, malformedSigned).statusCode())
        .isEqualTo(400);
    assertThat(FakeStripeWebhooks.post(base(), noId, noIdSigned).statusCode()).isEqualTo(400);
    assertThat(rows("evt_malformed")).isZero();

    String rotated =
        "t=" + now + ",v1=" + "0".repeat(64) + "," + valid.substring(valid.indexOf("v1="));
    assertThat(FakeStripeWebhooks.post(base(), event, rotated).statusCode())
        .as("one of two v1 signatures valid")
        .isEqualTo(200);
    assertThat(rows(id)).isEqualTo(1);
  }

  @Test
  void signedBodiesThatAreNoEvent_get400_sayingWhatIsWrongInWords() {
    long now = Instant.now().getEpochSecond();
    String unique = "evt_shape_" + System.nanoTime();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("null", "not an object (null)");
    expected.put("[]", "not an object (array)");
    expected.put("\"evt\"", "not an object (string)");
    expected.put("{\"id\": \"evt_x\", \"type\": ", "not valid JSON");
    expected.put("{}", "has no id, type, created, data");
    expected.put(
        "{\"id\":\""
            + unique
            + "\",\"type\":\"invoice.paid\",\"created\":null,\"data\":{\"object\":{}}}",
        "has no created");
    expected.put(
        "{\"id\":\""
            + unique
            + "\",\"type\":\"invoice.paid\",\"created\":\"yesterday\",\"data\":{\"object\":{}}}",
        "created is not a time in epoch seconds");
    expected.put(
        "{\"id\":{\"a\":1},\"type\":\"invoice.paid\",\"created\":" + now + ",\"data\":[]}",
        "id is not a text, data carries no object");

    expected.forEach(
        (body, words) -> {
          HttpResponse<String> response =
              FakeStripeWebhooks.post(
                  base(), body, FakeStripeWebhooks.signature(body, now, FakeStripe.WEBHOOK_SECRET));
          assertThat(response.statusCode()).as(body).isEqualTo(400);
          assertThat(response.headers().firstValue("Content-Type"))
              .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
          String detail =
              JsonParser.parseString(response.body()).getAsJsonObject().get("detail").getAsString();
          assertThat(detail)
              .as(body)
              .contains(words)
              .doesNotContain("Exception", "Cannot invoke", "because", "com.google");
        });
    assertThat(rows(unique)).isZero();
  }

  @Test
  void webhook_setsNoSessionCookie_whileOtherPostsStillNeedTheirCsrfToken() throws Exception {
    String event = fake.emitOther("customer.created", customer("cus_cookie_" + System.nanoTime()));

    HttpResponse<String> webhook = FakeStripeWebhooks.deliver(base(), event);
    HttpResponse<String> otherPost =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "/webhooks/other"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(webhook.statusCode()).isEqualTo(200);
    assertThat(webhook.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(otherPost.statusCode())
        .as("%s %s", otherPost.headers().map(), otherPost.body())
        .isEqualTo(403);
  }

  @Test
  void sameEventTwice_oneAfterTheOther_isHandledOnce() {
    Org org = orgs.create();
    int from = fake.events().size();
    String subscription = subscribe(org);
    List<String> events = fake.eventsSince(from);
    events.forEach(
        e -> assertThat(FakeStripeWebhooks.deliver(base(), e).statusCode()).isEqualTo(200));
    int changes = changes(org.id());
    int audits = jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Integer.class).single();

    List<HttpResponse<String>> again =
        events.stream().map(e -> FakeStripeWebhooks.deliver(base(), e)).toList();

    assertThat(again)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(200);
              assertThat(r.body()).contains("\"duplicate\":true");
            });
    assertThat(changes(org.id())).isEqualTo(changes);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Integer.class).single())
        .isEqualTo(audits);
    assertThat(events).allSatisfy(e -> assertThat(rows(FakeStripeWebhooks.id(e))).isEqualTo(1));
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
              assertThat(m.stripeSubscriptionId()).isEqualTo(subscription);
            });
  }

  @Test
  void sameEventTwice_atTheSameMoment_isHandledOnce_andMailsOnce() throws Exception {
    Org org = orgs.create();
    int before = fake.events().size();
    String subscription = subscribe(org);
    fake.eventsSince(before).forEach(e -> FakeStripeWebhooks.deliver(base(), e));
    int from = fake.events().size();
    String invoice = fake.failRenewal(subscription);
    List<String> events = fake.eventsSince(from);
    String failed =
        events.stream()
            .filter(e -> FakeStripeWebhooks.type(e).equals("invoice.payment_failed"))
            .findFirst()
            .orElseThrow();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> both =
        List.of(
            pool.submit(
                () -> {
                  start.await();
                  return FakeStripeWebhooks.deliver(base(), failed);
                }),
            pool.submit(
                () -> {
                  start.await();
                  return FakeStripeWebhooks.deliver(base(), failed);
                }));
    start.countDown();
    for (Future<HttpResponse<String>> f : both) {
      assertThat(f.get().statusCode()).isEqualTo(200);
    }
    pool.shutdown();

    assertThat(rows(FakeStripeWebhooks.id(failed))).isEqualTo(1);
    assertThat(mails(org.adminEmail())).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM invoice WHERE stripe_invoice_id = ?")
                .param(invoice)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.PAST_DUE));
  }

  @Test
  void failingHandler_rollsBack_recordsFailed_andTheRetrySucceeds() {
    Org org = orgs.create();
    String subscription = subscribe(org);
    int from = fake.events().size();
    String invoice = fake.renew(subscription);
    String paid =
        fake.eventsSince(from).stream()
            .filter(e -> FakeStripeWebhooks.type(e).equals("invoice.paid"))
            .findFirst()
            .orElseThrow();
    fake.failNext("subscriptions/" + subscription, 3);

    HttpResponse<String> response = FakeStripeWebhooks.deliver(base(), paid);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(outcome(FakeStripeWebhooks.id(paid))).isEqualTo("FAILED");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM invoice WHERE stripe_invoice_id = ?")
                .param(invoice)
                .query(Integer.class)
                .single())
        .as("the invoice stored before the failure is rolled back")
        .isZero();
    fake.failNext("subscriptions/" + subscription, 0);

    accounts.signIn(Persona.STAFF);
    assertThat(eventLog.latest(0, 50, BillingEventLog.Outcome.FAILED))
        .extracting(BillingEventLog.Entry::eventId)
        .contains(FakeStripeWebhooks.id(paid));
    BillingEventLog.Entry retried = eventLog.retry(FakeStripeWebhooks.id(paid));

    assertThat(retried.outcome()).isEqualTo(BillingEventLog.Outcome.PROCESSED);
    assertThat(retried.attempts()).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT status FROM invoice WHERE stripe_invoice_id = ?")
                .param(invoice)
                .query(String.class)
                .single())
        .isEqualTo("paid");
    assertThat(FakeStripeWebhooks.deliver(base(), paid).body()).contains("\"duplicate\":true");
  }

  @Test
  void retryJob_handlesAFailedEventAgain_onceItsWaitIsOver() {
    Org org = orgs.create();
    int from = fake.events().size();
    String subscription = subscribe(org);
    String completed =
        fake.eventsSince(from).stream()
            .filter(e -> FakeStripeWebhooks.type(e).equals("checkout.session.completed"))
            .findFirst()
            .orElseThrow();
    fake.failNext("subscriptions/" + subscription, 1);
    assertThat(FakeStripeWebhooks.deliver(base(), completed).statusCode()).isEqualTo(500);
    assertThat(customerOf(org)).as("the linked customer is rolled back with the rest").isNull();

    processor.retryDue();
    assertThat(outcome(FakeStripeWebhooks.id(completed)))
        .as("first wait not over yet")
        .isEqualTo("FAILED");

    jdbc.sql("UPDATE billing_event SET processed_at = ? WHERE event_id = ?")
        .params(
            java.sql.Timestamp.from(Instant.now().minusSeconds(600)),
            FakeStripeWebhooks.id(completed))
        .update();
    processor.retryDue();

    assertThat(outcome(FakeStripeWebhooks.id(completed))).isEqualTo("PROCESSED");
    assertThat(customerOf(org)).isNotNull();
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE));
  }

  @Test
  void delayedCheckoutPaymentFailing_mailsTheAdminsOnce_howeverOftenItIsReported() {
    Org org = orgs.create();
    org.signIn();
    String url =
        ((SubscribeResult.Redirect)
                billing.subscribe(
                    org.id(), "research", BillingInterval.MONTH, BillingDetails.none()))
            .url();
    SecurityContextHolder.clearContext();
    String session = url.substring(url.lastIndexOf('/') + 1);
    String subscription = fake.completeCheckout(session);
    fake.status(subscription, "incomplete");
    String first = fake.emitOther("checkout.session.async_payment_failed", fake.session(session));
    String second = fake.emitOther("checkout.session.async_payment_failed", fake.session(session));

    assertThat(FakeStripeWebhooks.deliver(base(), first).statusCode()).isEqualTo(200);
    assertThat(FakeStripeWebhooks.deliver(base(), second).statusCode()).isEqualTo(200);

    assertThat(mails(org.adminEmail())).isEqualTo(1);
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(MembershipStatus.INCOMPLETE);
              assertThat(m.entitled()).isFalse();
            });
    assertThat(customerOf(org)).isEqualTo(StripeJson.str(fake.session(session), "customer"));
  }

  @Test
  void eventAboutNoOrganisationOfOurs_isIgnoredWithAReason() {
    JsonObject session = new JsonObject();
    session.addProperty("id", "cs_test_foreign_" + System.nanoTime());
    session.addProperty("object", "checkout.session");
    session.addProperty("mode", "subscription");
    String event = fake.emitOther("checkout.session.completed", session);

    assertThat(FakeStripeWebhooks.deliver(base(), event).statusCode()).isEqualTo(200);

    assertThat(outcome(FakeStripeWebhooks.id(event))).isEqualTo("IGNORED");
    assertThat(
            jdbc.sql("SELECT detail FROM billing_event WHERE event_id = ?")
                .param(FakeStripeWebhooks.id(event))
                .query(String.class)
                .single())
        .contains("no organisation");
  }

  @Test
  void eventOfAnotherApiVersion_isReadFromStripeInstead() {
    Org org = orgs.create();
    String subscription = subscribe(org);
    fake.status(subscription, "trialing");
    String updated = fake.events().getLast();
    JsonObject old = JsonParser.parseString(updated).getAsJsonObject();
    old.addProperty("api_version", "2020-08-27");
    old.addProperty("id", FakeStripeWebhooks.id(updated) + "_old");
    old.getAsJsonObject("data")
        .getAsJsonObject("object")
        .addProperty("status", "made-up-by-old-version");

    HttpResponse<String> response = FakeStripeWebhooks.deliver(base(), old.toString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.rawStatus()).isEqualTo("trialing"));
    assertThat(
            jdbc.sql("SELECT detail FROM billing_event WHERE event_id = ?")
                .param(FakeStripeWebhooks.id(updated) + "_old")
                .query(String.class)
                .single())
        .contains("fetched");
  }

  @Test
  void eventsOfANullApiVersion_asInStripesFixtures_areReadFromStripe() {
    Org org = orgs.create();
    String subscription = subscribe(org);
    fake.nullApiVersion(subscription);
    int from = fake.events().size();
    fake.status(subscription, "past_due");
    fake.renew(subscription);
    List<String> sent = fake.eventsSince(from);
    assertThat(sent).isNotEmpty();
    assertThat(sent)
        .allSatisfy(
            e ->
                assertThat(
                        JsonParser.parseString(e).getAsJsonObject().get("api_version").isJsonNull())
                    .isTrue());

    for (String event : sent) {
      HttpResponse<String> response = FakeStripeWebhooks.deliver(base(), event);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(outcome(FakeStripeWebhooks.id(event))).isIn("PROCESSED", "IGNORED");
    }
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.rawStatus()).isEqualTo("active"));
  }

  @Test
  void eventThatCanNeverBeHandled_isAcknowledged_notRetried_andShowsStaffWhy() {
    long now = Instant.now().getEpochSecond();
    String noObjectId =
        "{\"id\":\"evt_no_object_id_"
            + System.nanoTime()
            + "\",\"object\":\"event\",\"api_version\":null,\"type\":"
            + "\"customer.subscription.updated\",\"created\":"
            + now
            + ",\"data\":{\"object\":{\"object\":\"subscription\"}}}";
    String missing =
        "{\"id\":\"evt_missing_object_"
            + System.nanoTime()
            + "\",\"object\":\"event\",\"api_version\":null,\"type\":"
            + "\"customer.subscription.updated\",\"created\":"
            + now
            + ",\"data\":{\"object\":{\"id\":\"sub_never_existed\",\"object\":\"subscription\"}}}";

    for (String event : List.of(noObjectId, missing)) {
      HttpResponse<String> first = FakeStripeWebhooks.deliver(base(), event);
      HttpResponse<String> again = FakeStripeWebhooks.deliver(base(), event);

      String id = FakeStripeWebhooks.id(event);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      assertThat(first.body()).contains("\"outcome\":\"REJECTED\"");
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).contains("\"duplicate\":true");
      assertThat(outcome(id)).isEqualTo("REJECTED");
      assertThat(rows(id)).isEqualTo(1);
    }
    assertThat(detail(FakeStripeWebhooks.id(noObjectId)))
        .contains("cannot be handled")
        .contains("no id");
    assertThat(detail(FakeStripeWebhooks.id(missing))).contains("not at Stripe");
  }

  @Test
  void invoiceFinalized_ofTheSameSecondAsInvoicePaid_arrivingLast_leavesTheInvoicePaid() {
    Org org = orgs.create();
    int before = fake.events().size();
    String subscription = subscribe(org);
    fake.eventsSince(before).forEach(e -> FakeStripeWebhooks.deliver(base(), e));
    int from = fake.events().size();
    String invoice = fake.renew(subscription);
    List<String> events = fake.eventsSince(from);
    String paid = ofType(events, "invoice.paid");
    JsonObject finalized =
        JsonParser.parseString(ofType(events, "invoice.finalized")).getAsJsonObject();
    finalized.addProperty("created", created(paid));
    finalized.addProperty("id", FakeStripeWebhooks.id(paid) + "_finalized_same_second");

    assertThat(FakeStripeWebhooks.deliver(base(), paid).statusCode()).isEqualTo(200);
    assertThat(FakeStripeWebhooks.deliver(base(), finalized.toString()).statusCode())
        .isEqualTo(200);

    assertThat(
            jdbc.sql("SELECT status FROM invoice WHERE stripe_invoice_id = ?")
                .param(invoice)
                .query(String.class)
                .single())
        .isEqualTo("paid");
  }

  @Test
  void
      subscriptionEvent_slightlyOlderThanAFetchedState_isCheckedAgainstStripe_butAMuchOlderOneIsDropped() {
    Org org = orgs.create();
    // Event times two minutes back, so that "a second after the event" is in the portal's past.
    long past = Instant.now().minusSeconds(120).getEpochSecond();
    fake.clock(() -> past);
    String updated;
    try {
      int before = fake.events().size();
      String subscription = subscribe(org);
      fake.eventsSince(before).forEach(e -> FakeStripeWebhooks.deliver(base(), e));
      fake.status(subscription, "trialing");
      updated = fake.events().getLast();
    } finally {
      fake.clock(() -> Instant.now().getEpochSecond());
    }
    JsonObject copy = JsonParser.parseString(updated).getAsJsonObject();
    copy.addProperty("id", FakeStripeWebhooks.id(updated) + "_copy");

    storedStateAt(org, created(updated) + 3);
    assertThat(FakeStripeWebhooks.deliver(base(), copy.toString()).statusCode()).isEqualTo(200);
    assertThat(outcome(FakeStripeWebhooks.id(updated) + "_copy"))
        .as("3 s older than the stored state")
        .isEqualTo("IGNORED");
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.rawStatus()).isEqualTo("active"));

    // As if the stored state had been fetched one second after the event (Stripe's clock behind
    // ours).
    storedStateAt(org, created(updated) + 1);
    assertThat(FakeStripeWebhooks.deliver(base(), updated).statusCode()).isEqualTo(200);

    assertThat(outcome(FakeStripeWebhooks.id(updated))).isEqualTo("PROCESSED");
    assertThat(
            jdbc.sql("SELECT detail FROM billing_event WHERE event_id = ?")
                .param(FakeStripeWebhooks.id(updated))
                .query(String.class)
                .single())
        .contains("fetched");
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(m -> assertThat(m.rawStatus()).isEqualTo("trialing"));
  }

  @Test
  void eventLog_isForStaffOnly() {
    accounts.signIn(Persona.ORG_ADMIN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> eventLog.latest(0, 10, null))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  /**
   * Subscribes the organisation and pays in Checkout; returns the subscription id (events not yet
   * delivered).
   */
  private String subscribe(Org org) {
    org.signIn();
    SubscribeResult result =
        billing.subscribe(org.id(), "sme", BillingInterval.MONTH, BillingDetails.none());
    String url = ((SubscribeResult.Redirect) result).url();
    SecurityContextHolder.clearContext();
    return fake.completeCheckout(url.substring(url.lastIndexOf('/') + 1));
  }

  private static String ofType(List<String> events, String type) {
    return events.stream()
        .filter(e -> FakeStripeWebhooks.type(e).equals(type))
        .findFirst()
        .orElseThrow();
  }

  private static long created(String event) {
    return JsonParser.parseString(event).getAsJsonObject().get("created").getAsLong();
  }

  private void storedStateAt(Org org, long epochSecond) {
    jdbc.sql("UPDATE membership SET state_at = ? WHERE organisation_id = ?")
        .params(java.sql.Timestamp.from(Instant.ofEpochSecond(epochSecond)), org.id())
        .update();
  }

  private int rows(String eventId) {
    return jdbc.sql("SELECT COUNT(*) FROM billing_event WHERE event_id = ?")
        .param(eventId)
        .query(Integer.class)
        .single();
  }

  private String detail(String eventId) {
    return jdbc.sql("SELECT detail FROM billing_event WHERE event_id = ?")
        .param(eventId)
        .query(String.class)
        .single();
  }

  private String outcome(String eventId) {
    return jdbc.sql("SELECT outcome FROM billing_event WHERE event_id = ?")
        .param(eventId)
        .query(String.class)
        .single();
  }

  private String customerOf(Org org) {
    return jdbc.sql("SELECT stripe_customer_id FROM billing_account WHERE organisation_id = ?")
        .param(org.id())
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private int changes(long org) {
    return jdbc.sql("SELECT COUNT(*) FROM membership_change WHERE organisation_id = ?")
        .param(org)
        .query(Integer.class)
        .single();
  }

  private int mails(String to) {
    return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
        .param(to)
        .query(Integer.class)
        .single();
  }

  private static JsonObject customer(String id) {
    JsonObject c = new JsonObject();
    c.addProperty("id", id);
    c.addProperty("object", "customer");
    c.addProperty("created", Instant.now().getEpochSecond());
    return c;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
