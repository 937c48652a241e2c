package eu.remhub.portal.billing.internal.stripe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Says in words what keeps a signed webhook body from being a Stripe event, before stripe-java
 * reads it: its own failures on such bodies are internal exception text, no help to whoever sent
 * the event.
 */
final class EventShape {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> REQUIRED = List.of("id", "type", "created", "data");

  private EventShape() {}

  /** What is wrong with the body as a Stripe event; empty when it has an event's shape. */
  static Optional<String> problem(String payload) {
    if (payload.isBlank()) {
      return Optional.of("The body is empty; a Stripe event is a JSON object.");
    }
    JsonNode root;
    try {
      root = JSON.readTree(payload);
    } catch (JacksonException e) {
      return Optional.of("The body is not valid JSON; a Stripe event is a JSON object.");
    }
    if (root == null || !root.isObject()) {
      return Optional.of(
          "The body is JSON but not an object ("
              + (root == null ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT))
              + "); a Stripe event is a JSON object.");
    }
    List<String> missing = new ArrayList<>();
    for (String field : REQUIRED) {
      JsonNode value = root.get(field);
      if (value == null || value.isNull()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      return Optional.of(
          "A Stripe event needs id, type, created and data; this one has no "
              + String.join(", ", missing)
              + ".");
    }
    List<String> wrong = new ArrayList<>();
    if (!root.get("id").isString() || root.get("id").asString().isBlank()) {
      wrong.add("id is not a text");
    }
    if (!root.get("type").isString() || root.get("type").asString().isBlank()) {
      wrong.add("type is not a text");
    }
    if (!root.get("created").isIntegralNumber()) {
      wrong.add("created is not a time in epoch seconds");
    }
    if (!root.get("data").isObject() || !root.get("data").path("object").isObject()) {
      wrong.add("data carries no object");
    }
    return wrong.isEmpty()
        ? Optional.empty()
        : Optional.of("The body is not a Stripe event: " + String.join(", ", wrong) + ".");
  }
}
