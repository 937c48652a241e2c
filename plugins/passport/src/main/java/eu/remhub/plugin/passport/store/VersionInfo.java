package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Status;
import java.time.Instant;

/**
 * One version in a passport's history, for its owner and authorities.
 *
 * @param version the version number
 * @param status its status
 * @param createdAt when it was started
 * @param publishedAt when it was published, or {@code null}
 * @param hash its chain hash, or {@code null} for a draft
 */
public record VersionInfo(
    int version, Status status, Instant createdAt, Instant publishedAt, String hash) {}
