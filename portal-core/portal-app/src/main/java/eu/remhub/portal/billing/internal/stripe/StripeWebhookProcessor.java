package eu.remhub.portal.billing.internal.stripe;

import com.stripe.model.Event;
import com.stripe.net.Webhook;
import eu.remhub.portal.billing.BillingEventLog.Entry;
import eu.remhub.portal.billing.BillingEventLog.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles a verified Stripe event exactly once: its row in {@code billing_event} and its effects
 * commit in one transaction, so a redelivery finds the row and does nothing. When handling throws,
 * everything is rolled back and, in a transaction of its own, the event is recorded as failed (for
 * staff to see, and for the retry job); Stripe gets a 500 and delivers again.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
public class StripeWebhookProcessor {

  private static final Logger log = LoggerFactory.getLogger(StripeWebhookProcessor.class);
  static final int MAX_ATTEMPTS = 10;
  private static final int LOCK_RETRIES = 3;

  /** What became of a delivery; {@code duplicate} when the event had been handled before. */
  record Result(Outcome outcome, boolean duplicate, String detail) {}

  private final JdbcStripeEvents events;
  private final StripeEventHandlers handlers;
  private final TransactionTemplate tx;
  private final TransactionTemplate failureTx;
  private final Clock clock;

  StripeWebhookProcessor(
      JdbcStripeEvents events,
      StripeEventHandlers handlers,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.events = events;
    this.handlers = handlers;
    this.tx = new TransactionTemplate(transactions);
    // Read committed: on MySQL/MariaDB, repeatable read would let the checks made after taking the
    // organisation's lock read the snapshot from before it, missing what the lock's holder
    // committed.
    this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    this.failureTx = new TransactionTemplate(transactions);
    this.failureTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Handles the event (its signature already verified) or recognises it as a duplicate.
   *
   * @throws WebhookHandlingFailed when handling threw; the failure is recorded
   */
  Result receive(Event event, String payload) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(status -> process(event, payload));
      } catch (PessimisticLockingFailureException e) {
        // A deadlock or lock timeout between two deliveries: nothing was kept, so simply try again.
        if (attempt < LOCK_RETRIES) {
          log.debug("Stripe event {}: lock conflict, attempt {} again", event.getId(), attempt, e);
          continue;
        }
        throw failed(event, payload, e);
      } catch (StripeEventHandlers.EventCannotSucceed e) {
        return rejected(event, payload, e.getMessage());
      } catch (StripeCallFailed e) {
        if (e.objectMissing()) {
          return rejected(event, payload, "its object is not at Stripe: " + e.getMessage());
        }
        throw failed(event, payload, e);
      } catch (RuntimeException e) {
        throw failed(event, payload, e);
      }
    }
  }

  /** Handles a failed event again from its stored payload. */
  Result retry(String eventId) {
    Entry stored =
        events
            .find(eventId)
            .orElseThrow(() -> new IllegalArgumentException("no Stripe event " + eventId));
    if (stored.outcome() != Outcome.FAILED) {
      return new Result(stored.outcome(), true, stored.detail());
    }
    String payload = events.payload(eventId).orElseThrow();
    return receive(Webhook.constructEventWithoutVerification(payload), payload);
  }

  /** Retries failed events whose wait is over, the wait doubling with each attempt. */
  @Scheduled(
      fixedDelayString = "${portal.billing.stripe.retry-every:PT1M}",
      initialDelayString = "PT1M")
  public int retryDue() {
    int handled = 0;
    for (String eventId : events.failedDue(clock.instant(), MAX_ATTEMPTS)) {
      try {
        retry(eventId);
        handled++;
      } catch (WebhookHandlingFailed e) {
        log.warn("Stripe event {} failed again: {}", eventId, e.getMessage());
      }
    }
    return handled;
  }

  private Result process(Event event, String payload) {
    Instant now = clock.instant();
    int attempts = 1;
    if (!events.insert(event.getId(), event.getType(), created(event), payload, now)) {
      Optional<Entry> stored = events.lock(event.getId());
      if (stored.isPresent() && stored.get().outcome() != Outcome.FAILED) {
        return new Result(stored.get().outcome(), true, stored.get().detail());
      }
      attempts = stored.map(e -> e.attempts() + 1).orElse(1);
    }
    StripeEventHandlers.Handled handled = handlers.handle(event);
    events.complete(
        event.getId(),
        handled.outcome(),
        attempts,
        handled.organisationId(),
        handled.objectId(),
        handled.detail(),
        now);
    return new Result(handled.outcome(), false, handled.detail());
  }

  /**
   * Records the event as one that can never be handled: rolled back like a failure, but answered as
   * received so that Stripe stops delivering it, and left out of the retry job.
   */
  private Result rejected(Event event, String payload, String reason) {
    String detail = "cannot be handled: " + reason;
    log.warn("Stripe event {} ({}) {}", event.getId(), event.getType(), detail);
    record(event, payload, Outcome.REJECTED, detail);
    return events
        .find(event.getId())
        .map(e -> new Result(e.outcome(), e.outcome() != Outcome.REJECTED, e.detail()))
        .orElse(new Result(Outcome.REJECTED, false, detail));
  }

  private WebhookHandlingFailed failed(Event event, String payload, RuntimeException e) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    log.warn("Stripe event {} ({}) failed: {}", event.getId(), event.getType(), error);
    record(event, payload, Outcome.FAILED, error);
    return new WebhookHandlingFailed(error, e);
  }

  private void record(Event event, String payload, Outcome outcome, String error) {
    for (int attempt = 1; attempt <= LOCK_RETRIES; attempt++) {
      try {
        failureTx.executeWithoutResult(
            status ->
                events.recordFailure(
                    event.getId(),
                    event.getType(),
                    created(event),
                    payload,
                    outcome,
                    error,
                    clock.instant()));
        break;
      } catch (PessimisticLockingFailureException conflict) {
        // two deliveries of the same event failing at once; one of them records it
        log.debug(
            "Stripe event {}: lock conflict while recording the failure", event.getId(), conflict);
      } catch (RuntimeException recording) {
        log.error(
            "Stripe event {}: the failure could not be recorded either", event.getId(), recording);
        break;
      }
    }
  }

  private static Instant created(Event event) {
    return Instant.ofEpochSecond(event.getCreated());
  }

  /** Handling an event threw; it is recorded as failed. */
  static class WebhookHandlingFailed extends RuntimeException {
    WebhookHandlingFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
