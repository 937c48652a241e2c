package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.CustodyEvent;
import java.time.Instant;

/**
 * One stored chain-of-custody event.
 *
 * @param id the row id
 * @param passportId the passport
 * @param chainSeq its place in the hash chain
 * @param event what happened
 * @param recordedAt when it was recorded
 * @param recordedBy the person who recorded it, 0 for an API token or the system
 * @param prevHash the hash of the chain entry before it
 * @param entryHash its own hash
 */
public record EventRow(
    long id,
    long passportId,
    int chainSeq,
    CustodyEvent event,
    Instant recordedAt,
    long recordedBy,
    String prevHash,
    String entryHash) {}
