package eu.remhub.portal.billing.internal.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import eu.remhub.portal.billing.BillingProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook. The signature is checked on the body exactly as it arrived (bytes, read as
 * UTF-8), with the configured tolerance against the portal's clock; nothing is stored for a request
 * that fails the check or is not an event. Reached through its own security chain: no CSRF token,
 * no session; the signature is what authenticates the caller.
 */
@RestController
class StripeWebhookController {

  static final String PATH = "/webhooks/stripe";
  private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

  private final ObjectProvider<StripeWebhookProcessor> processor;
  private final BillingProperties properties;
  private final Clock clock;

  StripeWebhookController(
      ObjectProvider<StripeWebhookProcessor> processor, BillingProperties properties, Clock clock) {
    this.processor = processor;
    this.properties = properties;
    this.clock = clock;
  }

  @PostMapping(PATH)
  ResponseEntity<?> receive(
      @RequestBody(required = false) byte[] body,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
    StripeWebhookProcessor handler = processor.getIfAvailable();
    String secret = properties.stripe().webhookSecret();
    if (handler == null || secret.isBlank()) {
      return problem(
          HttpStatus.NOT_FOUND,
          "Stripe is not configured",
          "This portal bills without Stripe (portal.billing.provider is not stripe), so it takes no Stripe webhooks.");
    }
    if (signature == null || signature.isBlank()) {
      return problem(
          HttpStatus.BAD_REQUEST, "Signature missing", "The Stripe-Signature header is required.");
    }
    String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    try {
      Webhook.Signature.verifyHeader(
          payload, signature, secret, properties.stripe().webhookTolerance().toSeconds(), clock);
    } catch (SignatureVerificationException e) {
      return problem(HttpStatus.BAD_REQUEST, "Signature not valid", e.getMessage());
    }
    Optional<String> notAnEvent = EventShape.problem(payload);
    if (notAnEvent.isPresent()) {
      return problem(HttpStatus.BAD_REQUEST, "Not an event", notAnEvent.get());
    }
    Event event;
    try {
      event = Webhook.constructEventWithoutVerification(payload);
    } catch (RuntimeException e) {
      // stripe-java's own text names its internals (e.g. a Gson NullPointerException): not for the
      // caller, who needs to know what is wrong with the event.
      log.info("Stripe event body not readable by stripe-java: {}", e.toString());
      return problem(
          HttpStatus.BAD_REQUEST,
          "Not an event",
          "The body is a JSON object with id, type, created and data, but these do not have the"
              + " form of a Stripe event (a text id and type, created in epoch seconds, data with"
              + " an object).");
    }
    if (event == null
        || blank(event.getId())
        || blank(event.getType())
        || event.getCreated() == null
        || event.getData() == null) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Not an event",
          "A Stripe event needs id, type, created and data.");
    }
    try {
      StripeWebhookProcessor.Result result = handler.receive(event, payload);
      return ResponseEntity.ok(
          Map.of(
              "id",
              event.getId(),
              "outcome",
              result.outcome().name(),
              "duplicate",
              result.duplicate()));
    } catch (StripeWebhookProcessor.WebhookHandlingFailed e) {
      return problem(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "Event not handled",
          "Event "
              + event.getId()
              + " could not be handled and is recorded as failed; it will be tried again.");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
