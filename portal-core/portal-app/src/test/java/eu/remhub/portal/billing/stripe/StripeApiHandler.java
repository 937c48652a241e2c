package eu.remhub.portal.billing.stripe;

import static eu.remhub.portal.billing.stripe.StripeJson.form;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The HTTP side of {@link FakeStripe}, with the conventions stripe-java relies on: parameters
 * form-encoded in the body (in the query for GET and DELETE), a {@code Request-Id} on every answer,
 * and a POST repeated with the same {@code Idempotency-Key} answered as the first time without
 * being run again (or, with other parameters than the first time, refused with an {@code
 * idempotency_error} as Stripe does). Every call is recorded; what it answers is up to the fake.
 * Runs on the server's threads.
 */
final class StripeApiHandler implements HttpHandler {

  /** What Stripe answers to one API call: status and JSON body. */
  @FunctionalInterface
  interface Api {
    String[] answer(String method, String path, Map<String, String> params);
  }

  private final Api api;
  private final LongSupplier nextId;
  private final Map<String, String[]> idempotent = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> idempotentParams = new ConcurrentHashMap<>();
  private final List<FakeStripe.Request> requests = new CopyOnWriteArrayList<>();

  /** {@code nextId} numbers the request ids, from the counter the fake's other ids come from. */
  StripeApiHandler(Api api, LongSupplier nextId) {
    this.api = api;
    this.nextId = nextId;
  }

  /** Every API call received, oldest first. */
  List<FakeStripe.Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      URI uri = exchange.getRequestURI();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> params =
          form("GET".equals(method) || "DELETE".equals(method) ? uri.getRawQuery() : body);
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      String path = uri.getPath();
      requests.add(new FakeStripe.Request(method, path, params, key));
      String[] answer;
      if ("POST".equals(method) && key != null && idempotent.containsKey(key)) {
        answer =
            idempotentParams.get(key).equals(params)
                ? idempotent.get(key)
                : StripeJson.error(
                    400,
                    "idempotency_error",
                    "Keys for idempotent requests can only be used with the "
                        + "same parameters they were first used with. Try using a key other than '"
                        + key
                        + "'");
      } else {
        answer = api.answer(method, path, params);
        if ("POST".equals(method) && key != null) {
          idempotentParams.put(key, new HashMap<>(params));
          idempotent.put(key, answer);
        }
      }
      byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Request-Id", "req_" + nextId.getAsLong());
      if (key != null) {
        exchange.getResponseHeaders().set("Idempotency-Key", key);
      }
      exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }
}
