package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Status;
import java.time.Instant;

/**
 * One stored version of a passport's content.
 *
 * @param id the row id
 * @param passportId the passport
 * @param versionNo the version number, from 1
 * @param status draft, published, superseded or withdrawn
 * @param document the content as JSON; never changes once published
 * @param createdAt when the version was started
 * @param createdBy the person who started it, 0 for an API token or the system
 * @param publishedAt when it was published, or {@code null}
 * @param chainSeq its place in the hash chain, {@code null} for a draft
 * @param prevHash the hash of the chain entry before it
 * @param entryHash its own hash
 */
public record VersionRow(
    long id,
    long passportId,
    int versionNo,
    Status status,
    String document,
    Instant createdAt,
    long createdBy,
    Instant publishedAt,
    Integer chainSeq,
    String prevHash,
    String entryHash) {}
