package eu.remhub.portal.billing.internal.stripe;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.billing.BillingEventLog;
import eu.remhub.portal.security.CurrentPerson;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The Stripe event log for staff. Present with either provider (a portal that switched from Stripe
 * to manual invoicing still shows its history); retrying needs Stripe.
 */
@Service
class JdbcBillingEventLog implements BillingEventLog {

  private final JdbcStripeEvents events;
  private final ObjectProvider<StripeWebhookProcessor> processor;
  private final CurrentPerson currentPerson;
  private final AuditService audit;

  JdbcBillingEventLog(
      JdbcStripeEvents events,
      ObjectProvider<StripeWebhookProcessor> processor,
      CurrentPerson currentPerson,
      AuditService audit) {
    this.events = events;
    this.processor = processor;
    this.currentPerson = currentPerson;
    this.audit = audit;
  }

  @Override
  public List<Entry> latest(int offset, int limit, Outcome outcome) {
    requireStaff();
    return events.latest(Math.max(0, offset), Math.max(0, limit), outcome);
  }

  @Override
  public int count(Outcome outcome) {
    requireStaff();
    return events.count(outcome);
  }

  @Override
  public Optional<String> payload(String eventId) {
    requireStaff();
    return events.payload(eventId);
  }

  @Override
  public Entry retry(String eventId) {
    requireStaff();
    StripeWebhookProcessor handler = processor.getIfAvailable();
    if (handler == null) {
      throw new IllegalStateException(
          "Stripe is not the billing provider here, so events cannot be handled again");
    }
    try {
      handler.retry(eventId);
    } catch (StripeWebhookProcessor.WebhookHandlingFailed e) {
      // recorded as failed once more; the entry below shows the error
    }
    Entry entry =
        events
            .find(eventId)
            .orElseThrow(() -> new IllegalArgumentException("no Stripe event " + eventId));
    audit.record("billing.event-retried", "stripe-event:" + eventId, entry.outcome().name());
    return entry;
  }

  private void requireStaff() {
    if (!currentPerson.isStaff()) {
      throw new AccessDeniedException("only staff see the Stripe event log");
    }
  }
}
