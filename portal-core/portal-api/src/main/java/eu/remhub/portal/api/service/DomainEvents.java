package eu.remhub.portal.api.service;

import eu.remhub.portal.api.event.DomainEvent;

/**
 * Publishes domain events. Listeners ({@link eu.remhub.portal.api.extension.DomainEventListener})
 * receive an event after the transaction in which it was published commits, or at once when there
 * is none.
 *
 * @since 1.0.0
 */
public interface DomainEvents {

  /**
   * Publishes an event.
   *
   * @param event the event, preferably a record named in the past tense
   */
  void publish(DomainEvent event);
}
