package eu.remhub.portal.billing.stripe;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.Stripe;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small, stateful stand-in for Stripe's API inside the test JVM: stripe-java talks to it over HTTP
 * as it would to api.stripe.com (form-encoded requests in bracket notation, Stripe-shaped JSON, list
 * envelopes, error objects, idempotency keys replayed). It holds customers, Checkout sessions,
 * subscriptions with their items and periods, invoices and Customer Portal sessions; every change
 * emits the event Stripe would, with increasing {@code created} times, for {@link #deliver} to post to
 * the portal signed exactly as Stripe signs webhooks.
 */
public final class FakeStripe {

  public static final String API_KEY = "sk_test_fake";
  public static final String WEBHOOK_SECRET = "whsec_test_fake_secret";

  /** The configured prices: plan/interval → price id, amount in cents. */
  public static final Map<String, Long> PRICES = Map.of(
      "price_research_month", 4500L, "price_research_year", 45000L,
      "price_sme_month", 15000L, "price_sme_year", 150000L,
      "price_industry_year", 600000L);

  private static final Gson GSON = new Gson();
  private static FakeStripe instance;

  private final HttpServer server;
  private final AtomicLong ids = new AtomicLong(1000);
  private final Map<String, JsonObject> customers = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> sessions = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> subscriptions = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> invoices = new ConcurrentHashMap<>();
  private final Map<String, String[]> idempotent = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, Long> lastCreated = new ConcurrentHashMap<>();
  private LongSupplier clock = () -> Instant.now().getEpochSecond();

  /** One API call as the fake received it. */
  public record Request(String method, String path, Map<String, String> params, String idempotencyKey) {}

  private FakeStripe() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "fake-stripe");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::serve);
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

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      URI uri = exchange.getRequestURI();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> params = form("GET".equals(method) || "DELETE".equals(method) ? uri.getRawQuery() : body);
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      String path = uri.getPath();
      requests.add(new Request(method, path, params, key));
      String[] answer;
      if ("POST".equals(method) && key != null && idempotent.containsKey(key)) {
        answer = idempotent.get(key);
      } else {
        answer = answer(method, path, params);
        if ("POST".equals(method) && key != null) {
          idempotent.put(key, answer);
        }
      }
      byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Request-Id", "req_" + ids.incrementAndGet());
      if (key != null) {
        exchange.getResponseHeaders().set("Idempotency-Key", key);
      }
      exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private synchronized String[] answer(String method, String path, Map<String, String> p) {
    String[] parts = path.split("/");
    String collection = parts.length > 2 ? String.join("/", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : "";
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
      JsonObject s = new JsonObject();
      String id = "bps_" + ids.incrementAndGet();
      s.addProperty("id", id);
      s.addProperty("object", "billing_portal.session");
      s.addProperty("customer", p.get("customer"));
      s.addProperty("return_url", p.get("return_url"));
      s.addProperty("url", base() + "/portal/" + id);
      s.addProperty("created", clock.getAsLong());
      s.addProperty("livemode", false);
      return ok(s);
    }
    if (parts.length == 4 && "GET".equals(method)) {
      JsonObject found = switch (parts[2]) {
        case "subscriptions" -> subscriptions.get(parts[3]);
        case "invoices" -> invoices.get(parts[3]);
        case "customers" -> customers.get(parts[3]);
        default -> null;
      };
      if (found != null) {
        return ok(found);
      }
    }
    if (parts.length == 5 && parts[2].equals("checkout") && "GET".equals(method) && sessions.containsKey(parts[4])) {
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
    if (parts.length == 4 && parts[2].equals("subscriptions") && "POST".equals(method)
        && subscriptions.containsKey(parts[3])) {
      return ok(updateSubscription(parts[3], p));
    }
    return error(404, "invalid_request_error", "Unrecognized request URL (" + method + ": " + path + ")");
  }

  private JsonObject createSession(Map<String, String> p) {
    JsonObject s = new JsonObject();
    String id = "cs_test_" + ids.incrementAndGet();
    s.addProperty("id", id);
    s.addProperty("object", "checkout.session");
    s.addProperty("mode", p.get("mode"));
    s.addProperty("status", "open");
    s.addProperty("payment_status", "unpaid");
    s.addProperty("url", base() + "/checkout/" + id);
    s.addProperty("client_reference_id", p.get("client_reference_id"));
    s.addProperty("customer", p.get("customer"));
    s.addProperty("customer_email", p.get("customer_email"));
    s.add("subscription", JsonNull.INSTANCE);
    s.addProperty("success_url", p.get("success_url"));
    s.addProperty("cancel_url", p.get("cancel_url"));
    s.addProperty("billing_address_collection", p.get("billing_address_collection"));
    JsonObject tax = new JsonObject();
    tax.addProperty("enabled", "true".equals(p.get("tax_id_collection[enabled]")));
    s.add("tax_id_collection", tax);
    s.add("metadata", metadata(p, "metadata"));
    s.addProperty("created", clock.getAsLong());
    s.addProperty("livemode", false);
    // what Checkout will need when the customer pays; not part of Stripe's session object
    JsonObject pending = new JsonObject();
    pending.addProperty("price", p.get("line_items[0][price]"));
    pending.add("subscription_metadata", metadata(p, "subscription_data[metadata]"));
    sessionPlans.put(id, pending);
    sessions.put(id, s);
    return s;
  }

  private final Map<String, JsonObject> sessionPlans = new ConcurrentHashMap<>();

  private JsonObject updateSubscription(String id, Map<String, String> p) {
    JsonObject sub = subscriptions.get(id);
    if (p.containsKey("items[0][price]")) {
      String price = p.get("items[0][price]");
      JsonObject item = firstItem(sub);
      if (p.containsKey("items[0][id]") && !p.get("items[0][id]").equals(str(item, "id"))) {
        throw new IllegalArgumentException("unknown item " + p.get("items[0][id]"));
      }
      item.add("price", price(price));
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

  /** The customer paid in Checkout: customer, subscription (active), first invoice paid, four events. */
  public synchronized String completeCheckout(String sessionId) {
    JsonObject session = sessions.get(sessionId);
    JsonObject pending = sessionPlans.get(sessionId);
    String customer = str(session, "customer");
    if (customer == null) {
      customer = "cus_" + ids.incrementAndGet();
      JsonObject c = new JsonObject();
      c.addProperty("id", customer);
      c.addProperty("object", "customer");
      c.addProperty("name", "Customer " + customer);
      c.addProperty("email", str(session, "customer_email"));
      c.addProperty("created", clock.getAsLong());
      customers.put(customer, c);
    }
    String subId = "sub_" + ids.incrementAndGet();
    long now = clock.getAsLong();
    String price = str(pending, "price");
    JsonObject sub = new JsonObject();
    sub.addProperty("id", subId);
    sub.addProperty("object", "subscription");
    sub.addProperty("customer", customer);
    sub.addProperty("status", "active");
    sub.addProperty("cancel_at_period_end", false);
    sub.addProperty("created", now);
    sub.addProperty("currency", "eur");
    sub.addProperty("livemode", false);
    sub.add("metadata", pending.getAsJsonObject("subscription_metadata").deepCopy());
    JsonObject item = new JsonObject();
    item.addProperty("id", "si_" + ids.incrementAndGet());
    item.addProperty("object", "subscription_item");
    item.addProperty("subscription", subId);
    item.addProperty("quantity", 1);
    item.add("price", price(price));
    item.addProperty("current_period_start", now);
    item.addProperty("current_period_end", periodEnd(now, price));
    JsonArray items = new JsonArray();
    items.add(item);
    sub.add("items", list(items, "/v1/subscription_items?subscription=" + subId));
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
    advancePeriod(sub);
    sub.addProperty("status", "active");
    emit("customer.subscription.updated", sub);
    String invoice = newInvoice(sub);
    pay(invoice);
    return invoice;
  }

  /** A renewal whose payment fails: a new period, the invoice open, the subscription past due. */
  public synchronized String failRenewal(String subscriptionId) {
    JsonObject sub = subscriptions.get(subscriptionId);
    advancePeriod(sub);
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

  /** The next {@code times} calls under {@code /v1/<collection>} (e.g. {@code subscriptions/sub_1}) answer 400. */
  public void failNext(String collection, int times) {
    failures.put(collection, times);
  }

  /** An event of a type the portal does not handle. */
  public synchronized String emitOther(String type, JsonObject object) {
    return emit(type, object);
  }

  private void advancePeriod(JsonObject sub) {
    JsonObject item = firstItem(sub);
    long start = item.get("current_period_end").getAsLong();
    item.addProperty("current_period_start", start);
    item.addProperty("current_period_end", periodEnd(start, str(item.getAsJsonObject("price"), "id")));
  }

  private String newInvoice(JsonObject sub) {
    long now = clock.getAsLong();
    JsonObject item = firstItem(sub);
    String price = str(item.getAsJsonObject("price"), "id");
    long amount = PRICES.getOrDefault(price, 1000L);
    JsonObject inv = new JsonObject();
    String id = "in_" + ids.incrementAndGet();
    inv.addProperty("id", id);
    inv.addProperty("object", "invoice");
    inv.addProperty("customer", str(sub, "customer"));
    inv.addProperty("number", "FAKE-" + ids.incrementAndGet());
    inv.addProperty("status", "open");
    inv.addProperty("currency", "eur");
    inv.addProperty("subtotal", amount);
    inv.addProperty("total_excluding_tax", amount);
    inv.addProperty("total", amount);
    inv.addProperty("amount_due", amount);
    inv.addProperty("amount_paid", 0);
    inv.addProperty("amount_remaining", amount);
    inv.addProperty("attempt_count", 0);
    inv.addProperty("attempted", false);
    inv.addProperty("billing_reason", "subscription_cycle");
    inv.addProperty("created", now);
    inv.addProperty("period_start", item.get("current_period_start").getAsLong());
    inv.addProperty("period_end", item.get("current_period_end").getAsLong());
    inv.addProperty("hosted_invoice_url", base() + "/invoice/" + id);
    inv.addProperty("invoice_pdf", base() + "/invoice/" + id + "/pdf");
    inv.addProperty("customer_name", "Customer " + str(sub, "customer"));
    JsonObject address = new JsonObject();
    address.addProperty("line1", "Hafenstraße 1");
    address.addProperty("postal_code", "28195");
    address.addProperty("city", "Bremen");
    address.addProperty("country", "DE");
    inv.add("customer_address", address);
    JsonArray taxIds = new JsonArray();
    JsonObject taxId = new JsonObject();
    taxId.addProperty("type", "eu_vat");
    taxId.addProperty("value", "DE123456789");
    taxIds.add(taxId);
    inv.add("customer_tax_ids", taxIds);
    JsonObject transitions = new JsonObject();
    transitions.addProperty("finalized_at", now);
    inv.add("status_transitions", transitions);
    JsonObject details = new JsonObject();
    details.addProperty("subscription", str(sub, "id"));
    details.add("metadata", sub.getAsJsonObject("metadata").deepCopy());
    JsonObject parent = new JsonObject();
    parent.addProperty("type", "subscription_details");
    parent.add("subscription_details", details);
    inv.add("parent", parent);
    JsonObject line = new JsonObject();
    line.addProperty("id", "il_" + ids.incrementAndGet());
    line.addProperty("object", "line_item");
    line.addProperty("amount", amount);
    line.addProperty("currency", "eur");
    JsonObject period = new JsonObject();
    period.addProperty("start", item.get("current_period_start").getAsLong());
    period.addProperty("end", item.get("current_period_end").getAsLong());
    line.add("period", period);
    JsonObject priceDetails = new JsonObject();
    priceDetails.addProperty("price", price);
    priceDetails.addProperty("product", "prod_" + price);
    JsonObject pricing = new JsonObject();
    pricing.addProperty("type", "price_details");
    pricing.add("price_details", priceDetails);
    line.add("pricing", pricing);
    JsonArray lines = new JsonArray();
    lines.add(line);
    inv.add("lines", list(lines, "/v1/invoices/" + id + "/lines"));
    invoices.put(id, inv);
    sub.addProperty("latest_invoice", id);
    emit("invoice.finalized", inv);
    return id;
  }

  private static JsonObject price(String id) {
    JsonObject price = new JsonObject();
    price.addProperty("id", id);
    price.addProperty("object", "price");
    price.addProperty("currency", "eur");
    price.addProperty("unit_amount", PRICES.getOrDefault(id, 1000L));
    price.addProperty("active", true);
    price.addProperty("type", "recurring");
    JsonObject recurring = new JsonObject();
    recurring.addProperty("interval", id.endsWith("_year") ? "year" : "month");
    recurring.addProperty("interval_count", 1);
    recurring.addProperty("usage_type", "licensed");
    price.add("recurring", recurring);
    return price;
  }

  private static long periodEnd(long start, String price) {
    return start + (price.endsWith("_year") ? 365L : 30L) * 86_400L;
  }

  /** Now by the fake's clock, but after every earlier time of the same subscription. */
  private long nextTime(String subscriptionId) {
    long next = Math.max(clock.getAsLong(), lastCreated.getOrDefault(subscriptionId, 0L) + 1);
    lastCreated.put(subscriptionId, next);
    return next;
  }

  private static String subscriptionKey(JsonObject object) {
    return switch (String.valueOf(str(object, "object"))) {
      case "subscription" -> str(object, "id");
      case "invoice" -> subscriptionOf(object);
      case "checkout.session" -> String.valueOf(str(object, "subscription"));
      default -> "";
    };
  }

  private String emit(String type, JsonObject object) {
    JsonObject event = new JsonObject();
    String id = "evt_" + ids.incrementAndGet();
    event.addProperty("id", id);
    event.addProperty("object", "event");
    event.addProperty("api_version", Stripe.API_VERSION);
    event.addProperty("created", nextTime(subscriptionKey(object)));
    event.addProperty("livemode", false);
    event.addProperty("pending_webhooks", 1);
    event.addProperty("type", type);
    JsonObject data = new JsonObject();
    data.add("object", object.deepCopy());
    event.add("data", data);
    JsonObject request = new JsonObject();
    request.add("id", JsonNull.INSTANCE);
    request.add("idempotency_key", JsonNull.INSTANCE);
    event.add("request", request);
    String json = GSON.toJson(event);
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
    return invoices.values().stream().filter(i -> subscriptionId.equals(subscriptionOf(i))).map(JsonObject::deepCopy)
        .toList();
  }

  /** Every API call received, oldest first. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Sets a subscription's status without an event, as if Stripe's webhook to us had been lost. */
  public synchronized void silently(String subscriptionId, String status) {
    subscriptions.get(subscriptionId).addProperty("status", status);
  }

  // ---------------------------------------------------------------- webhooks

  /** Stripe's signature header for a payload at time {@code t}. */
  public static String signature(String payload, long t, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
      return "t=" + t + ",v1=" + v1;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts the event to the portal signed as Stripe signs it, now. */
  public HttpResponse<String> deliver(String portalBase, String event) {
    return post(portalBase, event, signature(event, Instant.now().getEpochSecond(), WEBHOOK_SECRET));
  }

  /** Posts a body with the given signature header (null: none). */
  public HttpResponse<String> post(String portalBase, String body, String signatureHeader) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portalBase + "/webhooks/stripe"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signatureHeader != null) {
      request.header("Stripe-Signature", signatureHeader);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Delivers until the portal accepts (Stripe retries what is not answered with 2xx). */
  public HttpResponse<String> deliverUntilAccepted(String portalBase, String event) {
    HttpResponse<String> response = deliver(portalBase, event);
    for (int attempt = 0; attempt < 5 && response.statusCode() >= 500; attempt++) {
      response = deliver(portalBase, event);
    }
    return response;
  }

  // ---------------------------------------------------------------- helpers

  static String id(String eventJson) {
    return JsonParser.parseString(eventJson).getAsJsonObject().get("id").getAsString();
  }

  static String type(String eventJson) {
    return JsonParser.parseString(eventJson).getAsJsonObject().get("type").getAsString();
  }

  static JsonObject object(String eventJson) {
    return JsonParser.parseString(eventJson).getAsJsonObject().getAsJsonObject("data").getAsJsonObject("object");
  }

  private static JsonObject firstItem(JsonObject sub) {
    return sub.getAsJsonObject("items").getAsJsonArray("data").get(0).getAsJsonObject();
  }

  private static String subscriptionOf(JsonObject invoice) {
    return invoice.getAsJsonObject("parent").getAsJsonObject("subscription_details").get("subscription").getAsString();
  }

  static String str(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static JsonObject list(JsonArray data, String url) {
    JsonObject list = new JsonObject();
    list.addProperty("object", "list");
    list.add("data", data);
    list.addProperty("has_more", false);
    list.addProperty("url", url);
    return list;
  }

  private static JsonObject metadata(Map<String, String> params, String prefix) {
    JsonObject meta = new JsonObject();
    String start = prefix + "[";
    params.forEach((k, v) -> {
      if (k.startsWith(start) && k.endsWith("]") && k.indexOf('[', start.length()) < 0) {
        meta.addProperty(k.substring(start.length(), k.length() - 1), v);
      }
    });
    return meta;
  }

  private static String[] ok(JsonObject body) {
    return new String[] {"200", GSON.toJson(body)};
  }

  private static String[] error(int status, String type, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("type", type);
    error.addProperty("message", message);
    JsonObject body = new JsonObject();
    body.add("error", error);
    return new String[] {Integer.toString(status), GSON.toJson(body)};
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isBlank()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(k, v);
    }
    return params;
  }

  /** What the fake holds, for assertion messages. */
  @Override
  public String toString() {
    return "FakeStripe at " + base() + " with " + subscriptions.size() + " subscriptions, " + invoices.size()
        + " invoices, " + events.size() + " events";
  }

  static List<String> shuffled(List<String> events, java.util.Random random) {
    List<String> copy = new ArrayList<>(events);
    java.util.Collections.shuffle(copy, random);
    return copy;
  }
}
