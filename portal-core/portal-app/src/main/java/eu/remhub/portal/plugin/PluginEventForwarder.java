package eu.remhub.portal.plugin;

import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.api.extension.DomainEventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands the portal's domain events to the enabled plugins' listeners once the transaction that
 * published them has committed (or at once, outside a transaction). A listener that throws is
 * recorded against its plugin; the other listeners still hear the event.
 */
@Component
class PluginEventForwarder {

  private final PluginService plugins;

  PluginEventForwarder(PluginService plugins) {
    this.plugins = plugins;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void forwardToPlugins(DomainEvent event) {
    String call = "event " + event.getClass().getSimpleName();
    plugins
        .extensions(DomainEventListener.class)
        .forEach(
            (id, listeners) -> {
              for (DomainEventListener listener : listeners) {
                plugins
                    .calls()
                    .call(
                        id,
                        listener,
                        call,
                        () -> {
                          listener.onEvent(event);
                          return null;
                        },
                        null);
              }
            });
  }
}
