package eu.remhub.portal.search;

/**
 * Figures of the search index, for staff.
 *
 * @param folder the folder that answers searches
 * @param schema the schema version of this portal's index
 * @param documents documents in the index (of every plugin, enabled or not)
 * @param appliedOutboxId outbox entries up to this id are in the index
 * @param sizeBytes the folder's size on disk
 * @param waitingFor outbox ids below the newest applied one that are not committed yet
 * @param provisional true while a missing, corrupt or outdated index is being replaced and an
 *     interim one answers
 * @param rebuild the last or current rebuild
 */
public record IndexStatus(
    String folder,
    int schema,
    long documents,
    long appliedOutboxId,
    long sizeBytes,
    int waitingFor,
    boolean provisional,
    RebuildProgress rebuild) {}
