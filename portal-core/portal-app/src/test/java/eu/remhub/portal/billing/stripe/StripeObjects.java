package eu.remhub.portal.billing.stripe;

import static eu.remhub.portal.billing.stripe.StripeJson.firstItem;
import static eu.remhub.portal.billing.stripe.StripeJson.list;
import static eu.remhub.portal.billing.stripe.StripeJson.metadata;
import static eu.remhub.portal.billing.stripe.StripeJson.str;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import java.util.Map;

/**
 * Stripe's objects as {@link FakeStripe} creates them, in the shape stripe-java and the portal's
 * webhook handler read: customers, Checkout and Customer Portal sessions, subscriptions with one
 * item and its period, prices, invoices and events. Ids and times come from the caller, which owns
 * the state.
 */
final class StripeObjects {

  private static final Gson GSON = new Gson();

  /** Writes nulls as Stripe does, for the events whose {@code api_version} must read null. */
  private static final Gson WITH_NULLS = new GsonBuilder().serializeNulls().create();

  private StripeObjects() {}

  /** A customer as Checkout creates it. */
  static JsonObject customer(String id, String email, long created) {
    JsonObject c = new JsonObject();
    c.addProperty("id", id);
    c.addProperty("object", "customer");
    c.addProperty("name", "Customer " + id);
    c.addProperty("email", email);
    c.addProperty("created", created);
    return c;
  }

  /** An open, unpaid Checkout session from the parameters the portal posted. */
  static JsonObject checkoutSession(String id, Map<String, String> p, String url, long created) {
    JsonObject s = new JsonObject();
    s.addProperty("id", id);
    s.addProperty("object", "checkout.session");
    s.addProperty("mode", p.get("mode"));
    s.addProperty("status", "open");
    s.addProperty("payment_status", "unpaid");
    s.addProperty("url", url);
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
    s.addProperty("created", created);
    s.addProperty("livemode", false);
    return s;
  }

  /** A Customer Portal session. */
  static JsonObject billingPortalSession(
      String id, String customer, String returnUrl, String url, long created) {
    JsonObject s = new JsonObject();
    s.addProperty("id", id);
    s.addProperty("object", "billing_portal.session");
    s.addProperty("customer", customer);
    s.addProperty("return_url", returnUrl);
    s.addProperty("url", url);
    s.addProperty("created", created);
    s.addProperty("livemode", false);
    return s;
  }

  /**
   * An active subscription with one item for {@code price}, its first period starting {@code now}.
   */
  static JsonObject subscription(
      String id, String itemId, String customer, String price, JsonObject metadata, long now) {
    JsonObject sub = new JsonObject();
    sub.addProperty("id", id);
    sub.addProperty("object", "subscription");
    sub.addProperty("customer", customer);
    sub.addProperty("status", "active");
    sub.addProperty("cancel_at_period_end", false);
    sub.addProperty("created", now);
    sub.addProperty("currency", "eur");
    sub.addProperty("livemode", false);
    sub.add("metadata", metadata.deepCopy());
    JsonObject item = new JsonObject();
    item.addProperty("id", itemId);
    item.addProperty("object", "subscription_item");
    item.addProperty("subscription", id);
    item.addProperty("quantity", 1);
    item.add("price", price(price));
    item.addProperty("current_period_start", now);
    item.addProperty("current_period_end", periodEnd(now, price));
    JsonArray items = new JsonArray();
    items.add(item);
    sub.add("items", list(items, "/v1/subscription_items?subscription=" + id));
    return sub;
  }

  /** A recurring price from {@link FakeStripe#PRICES}; ids ending in {@code _year} bill yearly. */
  static JsonObject price(String id) {
    JsonObject price = new JsonObject();
    price.addProperty("id", id);
    price.addProperty("object", "price");
    price.addProperty("currency", "eur");
    price.addProperty("unit_amount", FakeStripe.PRICES.getOrDefault(id, 1000L));
    price.addProperty("active", true);
    price.addProperty("type", "recurring");
    JsonObject recurring = new JsonObject();
    recurring.addProperty("interval", id.endsWith("_year") ? "year" : "month");
    recurring.addProperty("interval_count", 1);
    recurring.addProperty("usage_type", "licensed");
    price.add("recurring", recurring);
    return price;
  }

  /** The end of a period that starts at {@code start}: a year or 30 days, by the price id. */
  static long periodEnd(long start, String price) {
    return start + (price.endsWith("_year") ? 365L : 30L) * 86_400L;
  }

  /** Moves the subscription's item to its next period, which starts where the current one ends. */
  static void advancePeriod(JsonObject sub) {
    JsonObject item = firstItem(sub);
    long start = item.get("current_period_end").getAsLong();
    item.addProperty("current_period_start", start);
    item.addProperty(
        "current_period_end", periodEnd(start, str(item.getAsJsonObject("price"), "id")));
  }

  /**
   * An open invoice for the current period of a subscription, finalized at {@code now}, with one
   * line for its price, a customer address and VAT id, and the subscription's metadata in its
   * parent.
   */
  static JsonObject invoice(
      String id, String number, String lineId, JsonObject sub, long now, String base) {
    JsonObject item = firstItem(sub);
    String price = str(item.getAsJsonObject("price"), "id");
    long amount = FakeStripe.PRICES.getOrDefault(price, 1000L);
    JsonObject inv = new JsonObject();
    inv.addProperty("id", id);
    inv.addProperty("object", "invoice");
    inv.addProperty("customer", str(sub, "customer"));
    inv.addProperty("number", number);
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
    inv.addProperty("hosted_invoice_url", base + "/invoice/" + id);
    inv.addProperty("invoice_pdf", base + "/invoice/" + id + "/pdf");
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
    line.addProperty("id", lineId);
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
    return inv;
  }

  /** An event as Stripe posts it, carrying a copy of {@code object} as it is now. */
  static String event(String id, String type, long created, JsonObject object) {
    return event(id, type, created, object, Stripe.API_VERSION);
  }

  /**
   * An event of the given API version; null as in Stripe's own published fixtures, which its
   * specification allows.
   */
  static String event(String id, String type, long created, JsonObject object, String apiVersion) {
    JsonObject event = new JsonObject();
    event.addProperty("id", id);
    event.addProperty("object", "event");
    if (apiVersion == null) {
      event.add("api_version", JsonNull.INSTANCE);
    } else {
      event.addProperty("api_version", apiVersion);
    }
    event.addProperty("created", created);
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
    return (apiVersion == null ? WITH_NULLS : GSON).toJson(event);
  }
}
