package eu.remhub.portal.billing.stripe;

import static eu.remhub.portal.billing.stripe.StripeJson.error;
import static eu.remhub.portal.billing.stripe.StripeJson.firstItem;
import static eu.remhub.portal.billing.stripe.StripeJson.list;
import static eu.remhub.portal.billing.stripe.StripeJson.metadata;
import static eu.remhub.portal.billing.stripe.StripeJson.ok;
import static eu.remhub.portal.billing.stripe.StripeJson.str;
import static eu.remhub.portal.billing.stripe.StripeJson.subscriptionOf;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A small, stateful stand-in for Stripe's API inside the test JVM: stripe-java talks to it over
 * HTTP as it would to api.stripe.com (form-encoded requests in bracket notation, Stripe-shaped
 * JSON, list envelopes, error objects, idempotency keys replayed). It holds customers, Checkout
 * sessions, subscriptions with their items and periods, invoices and Customer Portal sessions;
 * every change emits the event Stripe would, with increasing {@code created} times, for {@link
 * FakeStripeWebhooks#deliver} to post to the portal signed exactly as Stripe signs webhooks.
 * Stripe's HTTP conventions are in {@link StripeApiHandler}, the objects' shapes in {@link
 * StripeObjects}, the JSON and form helpers in {@link StripeJson}.
 */
public final class FakeStripe {

  public static final String API_KEY = "sk_test_fake";
  public static final String WEBHOOK_SECRET = "whsec_test_fake_secret";

  /** The configured prices: plan/interval → price id, amount in cents. */
  public static final Map<String, Long> PRICES =
      Map.of(
          "price_research_month",
          4500L,
          "price_research_year",
          45000L,
          "price_sme_month",
          15000L,
          "price_sme_year",
          150000L,
          "price_industry_year",
          600000L);

  private static FakeStripe instance;

  private final HttpServer server;
  private final AtomicLong ids = new AtomicLong(1000);
  private final Map<String, JsonObject> customers = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> sessions = new ConcurrentHashMap<>();

  /** What Checkout will need when the customer pays; not part of Stripe's session object. */
  private final Map<String, JsonObject> sessionPlans = new ConcurrentHashMap<>();

  private final Map<String, JsonObject> subscriptions = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> invoices = new ConcurrentHashMap<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final Map<String, Long> lastCreated = new ConcurrentHashMap<>();
  private final Set<String> nullApiVersion = ConcurrentHashMap.newKeySet();
  private LongSupplier clock = () -> Instant.now().getEpochSecond();
  private final StripeApiHandler api = new StripeApiHandler(this::answer, ids::incrementAndGet);

  /** One API call as the fake received it. */
  public record Request(
      String method, String path, Map<String, String> params, String idempotencyKey) {}

  private FakeStripe() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "fake-stripe");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/", api);
    server.start();
  }

  /** The one fake of this JVM, started on first use. */
  public static synchronized FakeStripe get() {
    if (instance == null) {
      instance = new FakeStripe();
    }
    return instance;
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Where event times come from (epoch seconds); events get this or one second more than the
   * previous event, so their times always increase.
   */
  public synchronized void clock(LongSupplier epochSeconds) {
    this.clock = epochSeconds;
  }

  // ---------------------------------------------------------------- HTTP side

  /** What Stripe answers to one API call (see {@link StripeApiHandler} for the HTTP around it). */
  private synchronized String[] answer(String method, String path, Map<String, String> p) {
    String[] parts = path.split("/");
    String collection =
        parts.length > 2 ? String.join("/", Arrays.copyOfRange(parts, 2, parts.length)) : "";
    Integer failing = failures.get(collection);
    if (failing != null && failing > 0) {
      failures.put(collection, failing - 1);
      return error(400, "invalid_request_error", "made to fail by the test");
    }
    if ("POST".equals(method) && path.equals("/v1/checkout/sessions")) {
      return ok(createSession(p));
    }
    if ("POST".equals(method) && path.equals("/v1/billing_portal/sessions")) {
      if (!customers.containsKey(p.get("customer"))) {
        return error(400, "invalid_request_error", "No such customer: '" + p.get("customer") + "'");
      }
      String id = "bps_" + ids.incrementAndGet();
      return ok(
          StripeObjects.billingPortalSession(
              id,
              p.get("customer"),
              p.get("return_url"),
              base() + "/portal/" + id,
              clock.getAsLong()));
    }
    if (parts.length == 4 && "GET".equals(method)) {
      JsonObject found =
          switch (parts[2]) {
            case "subscriptions" -> subscriptions.get(parts[3]);
            case "invoices" -> invoices.get(parts[3]);
            case "customers" -> customers.get(parts[3]);
            default -> null;
          };
      if (found != null) {
        return ok(found);
      }
      if (List.of("subscriptions", "invoices", "customers").contains(parts[2])) {
        String kind = parts[2].substring(0, parts[2].length() - 1);
        return error(404, "invalid_request_error", "No such " + kind + ": '" + parts[3] + "'");
      }
    }
    if (parts.length == 5
        && parts[2].equals("checkout")
        && "GET".equals(method)
        && sessions.containsKey(parts[4])) {
      return ok(sessions.get(parts[4]));
    }
    if (path.equals("/v1/subscriptions") && "GET".equals(method)) {
      JsonArray data = new JsonArray();
      subscriptions.values().stream()
          .filter(s -> p.get("customer") == null || p.get("customer").equals(str(s, "customer")))
          .filter(s -> "all".equals(p.get("status")) || !"canceled".equals(str(s, "status")))
          .forEach(data::add);
      return ok(list(data, "/v1/subscriptions"));
    }
    if (parts.length == 4
        && parts[2].equals("subscriptions")
        && "POST".equals(method)
        && subscriptions.containsKey(parts[3])) {
      return ok(updateSubscription(parts[3], p));
    }
    return error(
        404, "invalid_request_error", "Unrecognized request URL (" + method + ": " + path + ")");
  }

  private JsonObject createSession(Map<String, String> p) {
    String id = "cs_test_" + ids.incrementAndGet();
    JsonObject s =
        StripeObjects.checkoutSession(id, p, base() + "/checkout/" + id, clock.getAsLong());
    JsonObject pending = new JsonObject();
    pending.addProperty("price", p.get("line_items[0][price]"));
    pending.add("subscription_metadata", metadata(p, "subscription_data[metadata]"));
    sessionPlans.put(id, pending);
    sessions.put(id, s);
    return s;
  }

  private JsonObject updateSubscription(String id, Map<String, String> p) {
    JsonObject sub = subscriptions.get(id);
    if (p.containsKey("items[0][price]")) {
      String price = p.get("items[0][price]");
      JsonObject item = firstItem(sub);
      if (p.containsKey("items[0][id]") && !p.get("items[0][id]").equals(str(item, "id"))) {
        throw new IllegalArgumentException("unknown item " + p.get("items[0][id]"));
      }
      item.add("price", StripeObjects.price(price));
    }
    if (p.containsKey("cancel_at_period_end")) {
      sub.addProperty("cancel_at_period_end", Boolean.parseBoolean(p.get("cancel_at_period_end")));
    }
    JsonObject meta = metadata(p, "metadata");
    for (var e : meta.entrySet()) {
      sub.getAsJsonObject("metadata").add(e.getKey(), e.getValue());
    }
    emit("customer.subscription.updated", sub);
    return sub;
  }

  // ---------------------------------------------------------------- what happens at Stripe

  /**
   * A Checkout session as the portal would create it, for tests and the benchmark that make
   * subscriptions without going through the portal's subscribe.
   */
  public synchronized String openCheckout(long organisationId, String planId, String price) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mode", "subscription");
    p.put("line_items[0][price]", price);
    p.put("client_reference_id", Long.toString(organisationId));
    p.put("metadata[organisation_id]", Long.toString(organisationId));
    p.put("metadata[plan_id]", planId);
    p.put("subscription_data[metadata][organisation_id]", Long.toString(organisationId));
    p.put("subscription_data[metadata][plan_id]", planId);
    return str(createSession(p), "id");
  }

  /**
   * The customer paid in Checkout: customer, subscription (active), first invoice paid, four
   * events.
   */
  public synchronized String completeCheckout(String sessionId) {
    JsonObject session = sessions.get(sessionId);
    JsonObject pending = sessionPlans.get(sessionId);
    String customer = str(session, "customer");
    if (customer == null) {
      customer = "cus_" + ids.incrementAndGet();
      customers.put(
          customer,
          StripeObjects.customer(customer, str(session, "customer_email"), clock.getAsLong()));
    }
    String subId = "sub_" + ids.incrementAndGet();
    long now = clock.getAsLong();
    String itemId = "si_" + ids.incrementAndGet();
    JsonObject sub =
        StripeObjects.subscription(
            subId,
            itemId,
            customer,
            str(pending, "price"),
            pending.getAsJsonObject("subscription_metadata"),
            now);
    subscriptions.put(subId, sub);
    session.addProperty("customer", customer);
    session.addProperty("subscription", subId);
    session.addProperty("status", "complete");
    session.addProperty("payment_status", "paid");
    emit("customer.subscription.created", sub);
    String invoice = newInvoice(sub);
    pay(invoice);
    emit("checkout.session.completed", session);
    return subId;
  }

  /** A renewal that is paid: a new period, its invoice finalized and paid. */
  public synchronized String renew(String subscriptionId) {
    JsonObject sub = subscriptions.get(subscriptionId);
    StripeObjects.advancePeriod(sub);
    sub.addProperty("status", "active");
    emit("customer.subscription.updated", sub);
    String invoice = newInvoice(sub);
    pay(invoice);
    return invoice;
  }

  /** A renewal whose payment fails: a new period, the invoice open, the subscription past due. */
  public synchronized String failRenewal(String subscriptionId) {
    JsonObject sub = subscriptions.get(subscriptionId);
    StripeObjects.advancePeriod(sub);
    emit("customer.subscription.updated", sub);
    String invoice = newInvoice(sub);
    failPayment(invoice);
    return invoice;
  }

  /** Stripe's next attempt at an open invoice fails too. */
  public synchronized void failPayment(String invoiceId) {
    JsonObject inv = invoices.get(invoiceId);
    inv.addProperty("attempt_count", inv.get("attempt_count").getAsLong() + 1);
    inv.addProperty("attempted", true);
    emit("invoice.payment_failed", inv);
    JsonObject sub = subscriptions.get(subscriptionOf(inv));
    if (!"past_due".equals(str(sub, "status"))) {
      sub.addProperty("status", "past_due");
      emit("customer.subscription.updated", sub);
    }
  }

  /** An open invoice is paid after all; the subscription is active again. */
  public synchronized void pay(String invoiceId) {
    JsonObject inv = invoices.get(invoiceId);
    long now = clock.getAsLong();
    inv.addProperty("status", "paid");
    inv.addProperty("attempt_count", inv.get("attempt_count").getAsLong() + 1);
    inv.addProperty("attempted", true);
    inv.addProperty("amount_paid", inv.get("total").getAsLong());
    inv.addProperty("amount_remaining", 0);
    inv.getAsJsonObject("status_transitions").addProperty("paid_at", now);
    emit("invoice.paid", inv);
    JsonObject sub = subscriptions.get(subscriptionOf(inv));
    if (!"active".equals(str(sub, "status")) && !"trialing".equals(str(sub, "status"))) {
      sub.addProperty("status", "active");
      emit("customer.subscription.updated", sub);
    }
  }

  /**
   * Sets the status as Stripe would after its own rules ({@code unpaid}, {@code paused}, {@code
   * trialing}, or one Stripe may add); {@code canceled} deletes the subscription.
   */
  public synchronized void status(String subscriptionId, String status) {
    JsonObject sub = subscriptions.get(subscriptionId);
    sub.addProperty("status", status);
    if ("canceled".equals(status)) {
      sub.addProperty("canceled_at", clock.getAsLong());
      sub.addProperty("ended_at", clock.getAsLong());
      emit("customer.subscription.deleted", sub);
    } else {
      emit("customer.subscription.updated", sub);
    }
  }

  /** Cancellation at period end, as the Customer Portal sets it. */
  public synchronized void cancelAtPeriodEnd(String subscriptionId, boolean cancel) {
    JsonObject sub = subscriptions.get(subscriptionId);
    sub.addProperty("cancel_at_period_end", cancel);
    emit("customer.subscription.updated", sub);
  }

  /**
   * The next {@code times} calls under {@code /v1/<collection>} (e.g. {@code subscriptions/sub_1})
   * answer 400.
   */
  public void failNext(String collection, int times) {
    failures.put(collection, times);
  }

  /**
   * From now on, events about this subscription (its own, its invoices', its Checkout's) carry a
   * null {@code api_version}, as Stripe's published fixtures do.
   */
  public void nullApiVersion(String subscriptionId) {
    nullApiVersion.add(subscriptionId);
  }

  /** An event of a type the portal does not handle. */
  public synchronized String emitOther(String type, JsonObject object) {
    return emit(type, object);
  }

  private String newInvoice(JsonObject sub) {
    long now = clock.getAsLong();
    String id = "in_" + ids.incrementAndGet();
    String number = "FAKE-" + ids.incrementAndGet();
    String lineId = "il_" + ids.incrementAndGet();
    JsonObject inv = StripeObjects.invoice(id, number, lineId, sub, now, base());
    invoices.put(id, inv);
    sub.addProperty("latest_invoice", id);
    emit("invoice.finalized", inv);
    return id;
  }

  /** Now by the fake's clock, but after every earlier time of the same subscription. */
  private long nextTime(String subscriptionId) {
    long next = Math.max(clock.getAsLong(), lastCreated.getOrDefault(subscriptionId, 0L) + 1);
    lastCreated.put(subscriptionId, next);
    return next;
  }

  private String emit(String type, JsonObject object) {
    String id = "evt_" + ids.incrementAndGet();
    String key = StripeJson.subscriptionKey(object);
    String json =
        StripeObjects.event(
            id,
            type,
            nextTime(key),
            object,
            key != null && nullApiVersion.contains(key) ? null : Stripe.API_VERSION);
    events.add(json);
    return json;
  }

  // ---------------------------------------------------------------- reading the fake

  /** All events emitted so far, oldest first (JSON as Stripe would post it). */
  public List<String> events() {
    return List.copyOf(events);
  }

  /** Events emitted from position {@code from} on. */
  public List<String> eventsSince(int from) {
    List<String> all = events();
    return all.subList(Math.min(from, all.size()), all.size());
  }

  public JsonObject subscription(String id) {
    return subscriptions.get(id).deepCopy();
  }

  public JsonObject invoice(String id) {
    return invoices.get(id).deepCopy();
  }

  public JsonObject session(String id) {
    return sessions.get(id).deepCopy();
  }

  /** The invoices of one subscription. */
  public List<JsonObject> invoicesOf(String subscriptionId) {
    return invoices.values().stream()
        .filter(i -> subscriptionId.equals(subscriptionOf(i)))
        .map(JsonObject::deepCopy)
        .toList();
  }

  /** Every API call received, oldest first. */
  public List<Request> requests() {
    return api.requests();
  }

  /** Sets a subscription's status without an event, as if Stripe's webhook to us had been lost. */
  public synchronized void silently(String subscriptionId, String status) {
    subscriptions.get(subscriptionId).addProperty("status", status);
  }

  /** What the fake holds, for assertion messages. */
  @Override
  public String toString() {
    return "FakeStripe at "
        + base()
        + " with "
        + subscriptions.size()
        + " subscriptions, "
        + invoices.size()
        + " invoices, "
        + events.size()
        + " events";
  }
}
