package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Tier;
import java.time.Instant;

/**
 * One restricted read of a passport, as its owner and authorities see it.
 *
 * @param readAt when
 * @param organisationId the organisation that read, 0 for staff without one
 * @param organisation its short name, where known
 * @param tier the tier it read with
 * @param channel {@code page} or {@code api}
 */
public record AccessEntry(
    Instant readAt, long organisationId, String organisation, Tier tier, String channel) {}
