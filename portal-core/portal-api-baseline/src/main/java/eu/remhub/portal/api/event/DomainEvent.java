package eu.remhub.portal.api.event;

import java.time.Instant;

/**
 * A fact that happened in the portal, named in the past tense. Core events live in this package;
 * plugins may define their own records implementing this interface.
 *
 * @since 1.0.0
 */
public interface DomainEvent {

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant occurredAt();
}
