package eu.remhub.plugin.passport.model;

import java.time.Instant;
import java.util.List;

/**
 * One chain-of-custody event as its recorder states it.
 *
 * @param type what happened
 * @param occurredAt when
 * @param country where: ISO 3166-1 alpha-2 code
 * @param place where: site or city
 * @param actor who did it
 * @param note anything else worth keeping
 * @param inputs for assembly and recycling: identifiers (Digital Links or passport ids) of the
 *     magnets that went in
 */
public record CustodyEvent(
    EventType type,
    Instant occurredAt,
    String country,
    String place,
    String actor,
    String note,
    List<String> inputs) {

  /** Missing texts become empty, a missing list an empty one. */
  public CustodyEvent {
    country = country == null ? "" : country.trim();
    place = place == null ? "" : place.trim();
    actor = actor == null ? "" : actor.trim();
    note = note == null ? "" : note.trim();
    inputs =
        inputs == null
            ? List.of()
            : inputs.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
