package eu.remhub.portal.base;

import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.api.service.DomainEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Publishes domain events as Spring application events. Core features listen with
 * {@code @TransactionalEventListener}; the plugin runtime forwards them to plugins' listeners after
 * commit.
 */
@Service
public class DomainEventBus implements DomainEvents {

  private final ApplicationEventPublisher publisher;

  public DomainEventBus(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public void publish(DomainEvent event) {
    publisher.publishEvent(event);
  }
}
