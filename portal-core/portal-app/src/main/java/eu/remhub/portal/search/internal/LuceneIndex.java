package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One index folder: its single writer, a searcher manager that a background thread refreshes, and
 * the outbox cursor of what it has applied. A read-only index (an older schema, answering while its
 * replacement is built) has no writer and no cursor.
 */
final class LuceneIndex implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

  /** A searcher with the facet state of its reader, built once per refresh. */
  static final class FacetedSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facets;

    FacetedSearcher(IndexReader reader) throws IOException {
      super(reader);
      this.facets = facetState(reader);
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (leaf.reader()
                .getSortedSetDocValues(
                    org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
            != null) {
          return new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
        }
      }
      return null;
    }
  }

  private static final SearcherFactory SEARCHERS =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
            throws IOException {
          return new FacetedSearcher(reader);
        }
      };

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final OutboxCursor cursor;
  private final DocumentMapper mapper = new DocumentMapper();
  private volatile long lastSequence;

  private LuceneIndex(
      Path folder,
      Directory directory,
      IndexWriter writer,
      SearcherManager searchers,
      ControlledRealTimeReopenThread<IndexSearcher> reopener,
      OutboxCursor cursor) {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.reopener = reopener;
    this.cursor = cursor;
  }

  /**
   * Creates an empty index in a new folder, committed as incomplete until {@link #commit} says
   * otherwise.
   */
  static LuceneIndex create(Path folder, long outboxStart, double refreshSeconds)
      throws IOException {
    Files.createDirectories(folder);
    Directory dir = FSDirectory.open(folder);
    IndexWriterConfig config = config(IndexWriterConfig.OpenMode.CREATE);
    // Bulk writing: plain segment files, no compound copies; bulkDone() goes back for live updates.
    config.setUseCompoundFile(false);
    IndexWriter writer = new IndexWriter(dir, config);
    writer.setLiveCommitData(commitData(outboxStart, false).entrySet());
    writer.commit();
    return withWriter(folder, dir, writer, outboxStart, refreshSeconds);
  }

  /**
   * Opens a complete index of the current schema for writing, resuming at its committed position.
   */
  static LuceneIndex open(Path folder, double refreshSeconds) throws IOException {
    Directory dir = FSDirectory.open(folder);
    try {
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      IndexWriter writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.APPEND));
      return withWriter(
          folder,
          dir,
          writer,
          Long.parseLong(data.getOrDefault(IndexSchema.DATA_APPLIED, "0")),
          refreshSeconds);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens an index only to search it. */
  static LuceneIndex readOnly(Path folder, Directory dir) throws IOException {
    return new LuceneIndex(folder, dir, null, new SearcherManager(dir, SEARCHERS), null, null);
  }

  private static LuceneIndex withWriter(
      Path folder, Directory dir, IndexWriter writer, long position, double refreshSeconds)
      throws IOException {
    SearcherManager searchers = new SearcherManager(writer, true, false, SEARCHERS);
    var reopener =
        new ControlledRealTimeReopenThread<>(
            writer, searchers, refreshSeconds, Math.min(0.01, refreshSeconds));
    reopener.setName("search-refresh-" + folder.getFileName());
    reopener.setDaemon(true);
    reopener.start();
    return new LuceneIndex(folder, dir, writer, searchers, reopener, new OutboxCursor(position));
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false);
    return config;
  }

  static Map<String, String> commitData(long applied, boolean complete) {
    Map<String, String> data = new HashMap<>();
    data.put(IndexSchema.DATA_SCHEMA, Integer.toString(IndexSchema.VERSION));
    data.put(IndexSchema.DATA_COMPLETE, Boolean.toString(complete));
    data.put(IndexSchema.DATA_APPLIED, Long.toString(applied));
    return data;
  }

  Path folder() {
    return folder;
  }

  boolean writable() {
    return writer != null;
  }

  OutboxCursor cursor() {
    return cursor;
  }

  /** After a rebuild's bulk writing: small live segments go into compound files again. */
  void bulkDone() {
    writer.getConfig().setUseCompoundFile(true);
  }

  /** Adds a document that is known not to be in the index yet (a rebuild's first sight of it). */
  void add(String pluginId, SearchDocument document) {
    try {
      lastSequence = writer.addDocument(mapper.toLucene(pluginId, document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long upsert(String pluginId, SearchDocument document) {
    try {
      lastSequence =
          writer.updateDocument(
              DocumentMapper.key(document.type(), document.id()),
              mapper.toLucene(pluginId, document));
      return lastSequence;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long delete(String type, String id) {
    try {
      lastSequence = writer.deleteDocuments(DocumentMapper.key(type, id));
      return lastSequence;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long deleteOwnedBy(String pluginId) {
    try {
      lastSequence = writer.deleteDocuments(new Term(IndexSchema.PLUGIN, pluginId));
      return lastSequence;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything applied so far durable, recording the outbox watermark with it. */
  void commit(boolean complete) throws IOException {
    writer.setLiveCommitData(commitData(cursor.watermark(), complete).entrySet());
    writer.commit();
  }

  boolean hasUncommittedChanges() {
    return writer != null && writer.hasUncommittedChanges();
  }

  /** Waits until searches see every change made so far. */
  boolean awaitSearchable(long timeoutMillis) throws InterruptedException {
    if (reopener == null) {
      return true;
    }
    return reopener.waitForGeneration(lastSequence, (int) Math.max(1, timeoutMillis));
  }

  /** Runs {@code work} with a searcher that is released afterwards. */
  <T> T withSearcher(Function<FacetedSearcher, T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply((FacetedSearcher) searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int documents() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** How many documents a plugin (or {@link IndexSchema#CORE}) has in the index. */
  int documentsOf(String pluginId) {
    return withSearcher(
        s -> {
          try {
            return s.count(new TermQuery(new Term(IndexSchema.PLUGIN, pluginId)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  long sizeOnDisk() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Refreshes searchers now (the background thread does it anyway within the refresh interval). */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    if (reopener != null) {
      reopener.close();
    }
    searchers.close();
    if (writer != null) {
      // Uncommitted changes are dropped on purpose: the outbox replays them from the last commit.
      writer.rollback();
    }
    directory.close();
  }

  /**
   * Closes a writable index and opens its folder again to search only, while a rebuild replaces it.
   */
  static LuceneIndex readOnlyCopy(LuceneIndex index) {
    try {
      index.close();
      return LuceneIndex.readOnly(
          index.folder(), org.apache.lucene.store.FSDirectory.open(index.folder()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Closes an index, logging rather than throwing. */
  static void closeQuietly(LuceneIndex index) {
    try {
      index.close();
    } catch (IOException | RuntimeException e) {
      log.debug("closing index {} failed", index.folder(), e);
    }
  }
}
