package eu.remhub.portal.search.internal;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills in and removes the documents of one plugin in the serving index, on the indexer thread.
 * Either step commits at once, so that a crash never leaves half a backfill that the next check
 * would mistake for done. A failure is logged and leaves the index as it was.
 */
final class PluginDocumentsInIndex {

  private static final Logger log = LoggerFactory.getLogger(PluginDocumentsInIndex.class);

  private PluginDocumentsInIndex() {}

  /** Indexes a plugin's documents if the index holds none of them. */
  static void backfill(LuceneIndex index, String pluginId, SearchEngine.DocumentSource documents) {
    try {
      index.refresh();
      if (index.documentsOf(pluginId) > 0) {
        return;
      }
      long[] count = {0};
      documents.ofPlugin(
          pluginId,
          (owner, doc) -> {
            index.upsert(pluginId, doc);
            count[0]++;
          });
      if (count[0] > 0) {
        index.commit(true);
        log.info("search: {} documents of plugin {} indexed", count[0], pluginId);
      }
    } catch (IOException | RuntimeException e) {
      log.warn("search: indexing the documents of plugin {} failed", pluginId, e);
    }
  }

  /** Removes every document of a plugin. */
  static void drop(LuceneIndex index, String pluginId) {
    try {
      index.deleteOwnedBy(pluginId);
      index.commit(true);
    } catch (IOException | RuntimeException e) {
      log.warn("search: removing the documents of plugin {} failed", pluginId, e);
    }
  }
}
