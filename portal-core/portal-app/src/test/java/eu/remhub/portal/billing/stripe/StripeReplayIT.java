package eu.remhub.portal.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Org;
import eu.remhub.portal.billing.stripe.StripeTestSupport.Orgs;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sixty organisations live through renewals, failed and recovered payments, status changes,
 * cancellations; the few thousand events that makes are delivered shuffled, a fifth of them twice,
 * by four threads at once. Afterwards every membership is what Stripe (the fake) says, every event
 * is stored once, every invoice mirrored once, and every failed payment attempt mailed once.
 */
@StripeIntegrationTest
@Tag("database")
class StripeReplayIT {

  private static final int ORGANISATIONS = 60;
  private static final int STEPS = 16;
  private static final int THREADS = 4;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BillingService billing;
  @Autowired MembershipService memberships;
  @Autowired Orgs orgs;

  private final FakeStripe fake = FakeStripe.get();

  @Test
  void shuffledDuplicatedConcurrentReplay_endsInStripesState_withEveryEffectOnce()
      throws Exception {
    Random random = new Random(20261127L);
    // Event times a day ahead of the portal's clock: snapshots, not fetches, decide the order.
    long start = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
    fake.clock(() -> start);
    Map<Org, String> subscriptions = new LinkedHashMap<>();
    int from = fake.events().size();
    try {
      for (int i = 0; i < ORGANISATIONS; i++) {
        Org org = orgs.create();
        subscriptions.put(org, subscribe(org, i));
      }
      for (var entry : subscriptions.entrySet()) {
        live(entry.getValue(), random);
      }
    } finally {
      fake.clock(() -> Instant.now().getEpochSecond());
    }
    List<String> events = fake.eventsSince(from);
    List<String> deliveries = new ArrayList<>(events);
    for (int i = 0; i < events.size() / 5; i++) {
      deliveries.add(events.get(random.nextInt(events.size())));
    }
    deliveries = FakeStripeWebhooks.shuffled(deliveries, random);
    assertThat(events.size()).as("a few thousand events").isGreaterThan(2000);

    List<String> refused = deliver(deliveries);

    assertThat(refused).as("deliveries not accepted").isEmpty();
    Set<String> ids = new HashSet<>();
    events.forEach(e -> ids.add(FakeStripeWebhooks.id(e)));
    assertThat(ids).hasSize(events.size());
    List<String> stored =
        jdbc.sql("SELECT event_id FROM billing_event WHERE outcome <> 'FAILED'")
            .query(String.class)
            .list();
    assertThat(stored.stream().filter(ids::contains).count())
        .as("every event stored exactly once")
        .isEqualTo(ids.size());

    for (var entry : subscriptions.entrySet()) {
      Org org = entry.getKey();
      JsonObject sub = fake.subscription(entry.getValue());
      JsonObject item =
          sub.getAsJsonObject("items").getAsJsonArray("data").get(0).getAsJsonObject();
      Membership m = memberships.find(org.id()).orElseThrow();
      String price = item.getAsJsonObject("price").get("id").getAsString();
      assertThat(m.rawStatus())
          .as("status of %s", org.name())
          .isEqualTo(sub.get("status").getAsString());
      assertThat(m.planId() + "_" + m.interval().stripeName())
          .as("plan of %s", org.name())
          .isEqualTo(price.substring("price_".length()));
      assertThat(m.currentPeriodEnd())
          .as("period end of %s", org.name())
          .isEqualTo(Instant.ofEpochSecond(item.get("current_period_end").getAsLong()));
      assertThat(m.cancelAtPeriodEnd())
          .as("cancel flag of %s", org.name())
          .isEqualTo(sub.get("cancel_at_period_end").getAsBoolean());

      List<JsonObject> invoices = fake.invoicesOf(entry.getValue());
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM invoice WHERE organisation_id = ?")
                  .param(org.id())
                  .query(Integer.class)
                  .single())
          .as("invoices of %s", org.name())
          .isEqualTo(invoices.size());
      for (JsonObject invoice : invoices) {
        var row =
            jdbc.sql("SELECT status, attempt_count FROM invoice WHERE stripe_invoice_id = ?")
                .param(invoice.get("id").getAsString())
                .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2))
                .single();
        assertThat(row)
            .isEqualTo(
                invoice.get("status").getAsString()
                    + "/"
                    + invoice.get("attempt_count").getAsInt());
      }
      long failures =
          events.stream()
              .filter(e -> FakeStripeWebhooks.type(e).equals("invoice.payment_failed"))
              .map(FakeStripeWebhooks::object)
              .filter(o -> invoices.stream().anyMatch(i -> i.get("id").equals(o.get("id"))))
              .map(o -> o.get("id").getAsString() + ":" + o.get("attempt_count").getAsLong())
              .distinct()
              .count();
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                  .param(org.adminEmail())
                  .query(Integer.class)
                  .single())
          .as("payment-failed mails to %s", org.name())
          .isEqualTo((int) failures);
    }
  }

  private String subscribe(Org org, int i) {
    org.signIn();
    // Monthly only: sixteen yearly renewals would pass 2038, beyond MySQL's TIMESTAMP.
    String plan = i % 2 == 0 ? "research" : "sme";
    BillingInterval interval = BillingInterval.MONTH;
    String url =
        ((SubscribeResult.Redirect)
                billing.subscribe(org.id(), plan, interval, BillingDetails.none()))
            .url();
    SecurityContextHolder.clearContext();
    return fake.completeCheckout(url.substring(url.lastIndexOf('/') + 1));
  }

  /**
   * A random but plausible life: renewals, failures and recoveries, status changes; some end
   * canceled.
   */
  private void live(String subscription, Random random) {
    String open = null;
    for (int step = 0; step < STEPS; step++) {
      int roll = random.nextInt(10);
      if (open != null && roll < 4) {
        if (random.nextBoolean()) {
          fake.pay(open);
          open = null;
        } else {
          fake.failPayment(open);
        }
      } else if (roll < 6) {
        open = null;
        fake.renew(subscription);
      } else if (roll < 8) {
        open = fake.failRenewal(subscription);
      } else if (roll == 8) {
        fake.cancelAtPeriodEnd(subscription, random.nextBoolean());
      } else {
        fake.status(
            subscription, List.of("unpaid", "trialing", "paused", "active").get(random.nextInt(4)));
      }
    }
    if (random.nextInt(4) == 0) {
      fake.status(subscription, "canceled");
    }
  }

  /** Posts every delivery with several threads; returns those that were not accepted. */
  private List<String> deliver(List<String> deliveries) throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(deliveries);
    ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (String event = queue.poll(); event != null; event = queue.poll()) {
                  HttpResponse<String> response =
                      FakeStripeWebhooks.deliverUntilAccepted(base(), event);
                  if (response.statusCode() != 200) {
                    refused.add(
                        FakeStripeWebhooks.id(event)
                            + ": "
                            + response.statusCode()
                            + " "
                            + response.body());
                  }
                  done.incrementAndGet();
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    assertThat(done.get()).isEqualTo(deliveries.size());
    return List.copyOf(refused);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
