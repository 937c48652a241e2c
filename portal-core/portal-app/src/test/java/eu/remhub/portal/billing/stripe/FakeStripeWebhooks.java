package eu.remhub.portal.billing.stripe;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's side of webhooks for events that {@link FakeStripe} emitted: signs them as Stripe does
 * (HMAC-SHA256 over {@code t.payload} in a {@code Stripe-Signature} header), posts them to the
 * portal's {@code /webhooks/stripe} endpoint over HTTP and retries what is not accepted. Also reads
 * the fields tests need from an event's JSON. One HTTP client serves every thread.
 */
public final class FakeStripeWebhooks {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private FakeStripeWebhooks() {}

  /** Stripe's signature header for a payload at time {@code t}. */
  public static String signature(String payload, long t, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String v1 =
          HexFormat.of()
              .formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
      return "t=" + t + ",v1=" + v1;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts the event to the portal signed as Stripe signs it, now. */
  public static HttpResponse<String> deliver(String portalBase, String event) {
    return post(
        portalBase,
        event,
        signature(event, Instant.now().getEpochSecond(), FakeStripe.WEBHOOK_SECRET));
  }

  /** Posts a body with the given signature header (null: none). */
  public static HttpResponse<String> post(String portalBase, String body, String signatureHeader) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(portalBase + "/webhooks/stripe"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signatureHeader != null) {
      request.header("Stripe-Signature", signatureHeader);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Delivers until the portal accepts (Stripe retries what is not answered with 2xx). */
  public static HttpResponse<String> deliverUntilAccepted(String portalBase, String event) {
    HttpResponse<String> response = deliver(portalBase, event);
    for (int attempt = 0; attempt < 5 && response.statusCode() >= 500; attempt++) {
      response = deliver(portalBase, event);
    }
    return response;
  }

  /** The event's id ({@code evt_…}). */
  static String id(String eventJson) {
    return JsonParser.parseString(eventJson).getAsJsonObject().get("id").getAsString();
  }

  /** The event's type, such as {@code invoice.paid}. */
  static String type(String eventJson) {
    return JsonParser.parseString(eventJson).getAsJsonObject().get("type").getAsString();
  }

  /** The object the event carries ({@code data.object}). */
  static JsonObject object(String eventJson) {
    return JsonParser.parseString(eventJson)
        .getAsJsonObject()
        .getAsJsonObject("data")
        .getAsJsonObject("object");
  }

  /** A shuffled copy, as Stripe does not promise to deliver in order. */
  static List<String> shuffled(List<String> events, Random random) {
    List<String> copy = new ArrayList<>(events);
    Collections.shuffle(copy, random);
    return copy;
  }
}
