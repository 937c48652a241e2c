package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.Status;
import java.time.Instant;

/**
 * A passport's identity and state, as stored.
 *
 * @param id the passport id
 * @param identifier the Digital Link identifier
 * @param granularity model, batch or item
 * @param operatorOrganisationId the responsible organisation
 * @param status the passport's status
 * @param statusNote why it was withdrawn, if it was
 * @param currentVersion the version in force (last published), 0 before the first publication
 * @param latestVersion the newest version, draft or not
 * @param successorId the passport that superseded this one, or {@code null}
 * @param chainLength how many entries the hash chain has
 * @param chainHead the hash of the last entry, empty for an empty chain
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record PassportRow(
    long id,
    Identifier identifier,
    Granularity granularity,
    long operatorOrganisationId,
    Status status,
    String statusNote,
    int currentVersion,
    int latestVersion,
    Long successorId,
    int chainLength,
    String chainHead,
    Instant createdAt,
    Instant updatedAt) {}
