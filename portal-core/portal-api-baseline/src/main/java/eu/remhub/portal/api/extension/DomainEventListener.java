package eu.remhub.portal.api.extension;

import eu.remhub.portal.api.event.DomainEvent;
import org.pf4j.ExtensionPoint;

/**
 * Observes domain events of the core and of other plugins (a member joined, a membership changed,
 * ...).
 *
 * <p>Called after the transaction that caused the event has committed, on a portal thread, one
 * event at a time per listener; a listener that throws is recorded against its plugin and the next
 * listener is called.
 *
 * @since 1.0.0
 */
public interface DomainEventListener extends ExtensionPoint {

  /**
   * A stable id for this listener, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * Receives one event.
   *
   * @param event the event; use {@code instanceof} patterns to pick those of interest
   */
  void onEvent(DomainEvent event);
}
