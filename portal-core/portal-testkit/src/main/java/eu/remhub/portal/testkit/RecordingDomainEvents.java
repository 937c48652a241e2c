package eu.remhub.portal.testkit;

import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.api.extension.DomainEventListener;
import eu.remhub.portal.api.service.DomainEvents;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link DomainEvents} that records what a plugin published and hands it to subscribed listeners.
 *
 * <p>As in the portal, an event published inside {@link TestPluginJdbc#inTransaction} counts only
 * once the transaction commits and is dropped when it rolls back. Listeners are called on the
 * publishing thread; unlike the portal, an exception from a listener reaches the test. Thread-safe.
 *
 * @since 1.0.0
 */
public final class RecordingDomainEvents implements DomainEvents {

  private final TestPluginJdbc jdbc;
  private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
  private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();

  RecordingDomainEvents(TestPluginJdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    jdbc.afterCommit(
        () -> {
          published.add(event);
          listeners.forEach(listener -> listener.onEvent(event));
        });
  }

  /**
   * Delivers later events to a listener, such as the plugin's own {@link DomainEventListener}.
   *
   * @param listener the listener
   */
  public void subscribe(DomainEventListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Every event published and committed so far, in order.
   *
   * @return the events
   */
  public List<DomainEvent> published() {
    return List.copyOf(published);
  }

  /**
   * The published events of one type.
   *
   * @param type the event type
   * @param <E> the event type
   * @return the events of that type, in order
   */
  public <E extends DomainEvent> List<E> published(Class<E> type) {
    return published.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
