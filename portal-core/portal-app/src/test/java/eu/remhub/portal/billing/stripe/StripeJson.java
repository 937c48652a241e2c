package eu.remhub.portal.billing.stripe;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stripe's wire format for {@link FakeStripe}: form-encoded requests in bracket notation read into
 * flat parameters, answers as status and JSON body, list envelopes and error objects, and the few
 * reads of Stripe's objects that the fake needs more than once.
 */
final class StripeJson {

  private static final Gson GSON = new Gson();

  private StripeJson() {}

  /** A string field, or null when it is missing or JSON null. */
  static String str(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  /** Form parameters as sent, keys still in bracket notation ({@code metadata[plan_id]}). */
  static Map<String, String> form(String encoded) {
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

  /** The flat map under {@code prefix} ({@code metadata[key]=value}) as a JSON object. */
  static JsonObject metadata(Map<String, String> params, String prefix) {
    JsonObject meta = new JsonObject();
    String start = prefix + "[";
    params.forEach(
        (k, v) -> {
          if (k.startsWith(start) && k.endsWith("]") && k.indexOf('[', start.length()) < 0) {
            meta.addProperty(k.substring(start.length(), k.length() - 1), v);
          }
        });
    return meta;
  }

  /** Stripe's list envelope around one page that is also the last. */
  static JsonObject list(JsonArray data, String url) {
    JsonObject list = new JsonObject();
    list.addProperty("object", "list");
    list.add("data", data);
    list.addProperty("has_more", false);
    list.addProperty("url", url);
    return list;
  }

  /** A 200 answer: status and body. */
  static String[] ok(JsonObject body) {
    return new String[] {"200", GSON.toJson(body)};
  }

  /** An error answer in Stripe's shape: status and {@code {"error": {type, message}}}. */
  static String[] error(int status, String type, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("type", type);
    error.addProperty("message", message);
    JsonObject body = new JsonObject();
    body.add("error", error);
    return new String[] {Integer.toString(status), GSON.toJson(body)};
  }

  /** The first (in this fake, the only) item of a subscription. */
  static JsonObject firstItem(JsonObject sub) {
    return sub.getAsJsonObject("items").getAsJsonArray("data").get(0).getAsJsonObject();
  }

  /** The subscription an invoice bills, from its {@code parent}. */
  static String subscriptionOf(JsonObject invoice) {
    return invoice
        .getAsJsonObject("parent")
        .getAsJsonObject("subscription_details")
        .get("subscription")
        .getAsString();
  }

  /**
   * The subscription a subscription, invoice or Checkout session belongs to ({@code "null"} for a
   * session not yet paid), or the empty string for other objects.
   */
  static String subscriptionKey(JsonObject object) {
    return switch (String.valueOf(str(object, "object"))) {
      case "subscription" -> str(object, "id");
      case "invoice" -> subscriptionOf(object);
      case "checkout.session" -> String.valueOf(str(object, "subscription"));
      default -> "";
    };
  }
}
