-- The plugin that published an outbox entry (NULL for the core): the index keeps it with the
-- document, so that a disabled plugin's documents leave the results at once and return when it is
-- enabled again. The second index serves the indexer's check for a newer entry of one document.
ALTER TABLE index_outbox ADD COLUMN plugin_id VARCHAR(64);
CREATE INDEX index_outbox_document ON index_outbox (doc_type, doc_id);
-- Room for long bodies (TEXT stops at 64 KiB on MySQL).
ALTER TABLE index_outbox MODIFY payload MEDIUMTEXT;
