package eu.remhub.portal.search;

import eu.remhub.portal.api.service.SearchDocument;
import java.util.function.Consumer;

/**
 * A core feature's searchable documents, read whole when the index rebuilds. A feature with
 * searchable data implements this as a bean; search finds every such bean and never names the
 * feature. Day-to-day changes reach the index through {@link SearchOutbox} instead.
 */
public interface SearchDocumentFeed {

  /** About how many documents {@link #forEach} gives, for rebuild progress. */
  long count();

  /** Gives every current document of the feature. */
  void forEach(Consumer<SearchDocument> sink);
}
