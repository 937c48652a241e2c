package eu.remhub.portal.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Stripe events received, each once by its id with its outcome: what staff see in the event
 * log.
 */
public interface BillingEventLog {

  /** Outcomes an event can have. */
  enum Outcome {
    /** Handled: its effects are committed with it. */
    PROCESSED,
    /** Older than the state already stored, or about something not ours: nothing to do. */
    IGNORED,
    /** A type we do not handle: recorded and acknowledged. */
    UNHANDLED,
    /** Handling threw; nothing of it was kept; retried by Stripe and by the retry job. */
    FAILED,
    /**
     * Can never be handled (its object is unreadable and cannot be read from Stripe either):
     * nothing of it was kept, it is acknowledged so that nobody retries it, and the reason is in
     * the detail for staff.
     *
     * @since 1.1.0
     */
    REJECTED
  }

  /** One received event. */
  record Entry(
      String eventId,
      String type,
      Instant createdAt,
      Instant receivedAt,
      Instant processedAt,
      Outcome outcome,
      int attempts,
      Long organisationId,
      String objectId,
      String detail) {}

  /** Newest received first; {@code outcome} null for all. Staff only. */
  List<Entry> latest(int offset, int limit, Outcome outcome);

  /** How many events have this outcome (null: all). Staff only. */
  int count(Outcome outcome);

  /** The event as Stripe sent it. Staff only. */
  Optional<String> payload(String eventId);

  /** Handles a failed event again from its stored payload. Staff only. */
  Entry retry(String eventId);
}
