package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.EventType;
import java.time.Instant;
import java.util.List;

/**
 * A chain-of-custody event as a reader sees it; fields beyond the reader's tier are {@code null}.
 *
 * @param seq its place in the hash chain
 * @param type what happened (public)
 * @param occurredAt when (public)
 * @param country where, by country (public)
 * @param place the site (legitimate interest)
 * @param actor who did it (legitimate interest)
 * @param inputs magnets that went in (legitimate interest)
 * @param note notes (owner and authorities)
 * @param recordedAt when it was recorded (owner and authorities)
 * @param hash its chain hash (owner and authorities)
 */
public record EventEntry(
    int seq,
    EventType type,
    Instant occurredAt,
    String country,
    String place,
    String actor,
    List<String> inputs,
    String note,
    Instant recordedAt,
    String hash) {}
