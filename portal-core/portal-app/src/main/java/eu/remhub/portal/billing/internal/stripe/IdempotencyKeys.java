package eu.remhub.portal.billing.internal.stripe;

import com.stripe.net.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Idempotency keys for Stripe requests: a retry of the same business operation sends the same key
 * and gets the same answer, while other parameters make another key, since Stripe refuses a key
 * reused with different parameters.
 */
final class IdempotencyKeys {

  private IdempotencyKeys() {}

  /** A hash of request parameters that does not depend on the order of map keys. */
  static String digest(Map<String, Object> parameters) {
    StringBuilder canonical = new StringBuilder();
    canonical(parameters, canonical);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static void canonical(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      sorted.forEach(
          (k, v) -> {
            out.append(k.length()).append(':').append(k).append('=');
            canonical(v, out);
            out.append(',');
          });
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      list.forEach(
          v -> {
            canonical(v, out);
            out.append(',');
          });
      out.append(']');
    } else {
      String text = String.valueOf(value);
      out.append(text.length()).append(':').append(text);
    }
  }

  static RequestOptions options(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }
}
