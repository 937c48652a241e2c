package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.search.IndexStatus;
import eu.remhub.portal.search.RebuildProgress;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.Suggestion;
import eu.remhub.portal.search.Viewer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index as a whole: which folder answers, the indexer thread that applies the outbox to
 * it, periodic commits, rebuilds into a new folder with a swap at the end, and plugin backfills.
 *
 * <p>One platform thread, never interrupted (an interrupt during I/O closes Lucene's channels),
 * does every write to the serving index: applying outbox rows, backfills, commits and the swap. A
 * rebuild fills its new folder on a thread of its own and hands the swap to the indexer.
 */
public final class SearchEngine implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);

  /** Receives documents: the plugin that owns each (null for the core) and the document. */
  @FunctionalInterface
  public interface DocumentSink {
    void accept(String pluginId, SearchDocument document);
  }

  /** Where a rebuild and a plugin backfill read current documents from: the database. */
  public interface DocumentSource {
    /** Roughly how many documents {@link #all} gives, for progress. */
    long estimate();

    /** Every current document of the core and of enabled plugins. */
    void all(DocumentSink sink);

    /** Every current document of one plugin, if it is enabled. */
    void ofPlugin(String pluginId, DocumentSink sink);
  }

  /** Timings, see {@code SearchProperties}. */
  public record Settings(
      Duration pollInterval,
      Duration refreshInterval,
      Duration commitInterval,
      Duration gapTimeout,
      int batchSize) {}

  private final IndexFolders folders;
  private final OutboxSource outbox;
  private final DocumentSource documents;
  private final Settings settings;
  private final Clock clock;
  private final IndexSearch searching = new IndexSearch();
  private final SimilarSearch similar = new SimilarSearch();
  private final RebuildReports reports = new RebuildReports();
  private final OutboxApplier applier;
  private final Indexer indexer;
  private final Set<String> pluginsSeen = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private volatile LuceneIndex active;
  private volatile boolean running;
  private volatile Thread rebuilder;

  public SearchEngine(
      Path root, OutboxSource outbox, DocumentSource documents, Settings settings, Clock clock) {
    this.folders = new IndexFolders(root);
    this.outbox = outbox;
    this.documents = documents;
    this.settings = settings;
    this.clock = clock;
    this.applier = new OutboxApplier(outbox, clock, settings.gapTimeout(), settings.batchSize());
    this.indexer =
        new Indexer(
            applier,
            folders,
            settings.pollInterval(),
            settings.commitInterval(),
            refreshSeconds(),
            clock,
            () -> active,
            index -> active = index,
            () -> running,
            this::rebuild);
  }

  // ------------------------------------------------------------------ lifecycle

  /** Opens the newest usable index, or answers from a fallback and rebuilds; starts the indexer. */
  public synchronized void start() {
    if (running) {
      return;
    }
    var opened = folders.openNewest(refreshSeconds());
    if (opened.isPresent() && opened.get().cursor().watermark() > outbox.newestId()) {
      // The database lost entries the index had applied (restored from a backup, or an embedded
      // database that did not keep its last commits): the index no longer matches it.
      log.warn(
          "search index {} has applied outbox entries up to {}, but the database ends at {}: rebuilding",
          opened.get().folder().getFileName(),
          opened.get().cursor().watermark(),
          outbox.newestId());
      opened = Optional.of(LuceneIndex.readOnlyCopy(opened.get()));
    }
    boolean rebuild = opened.isEmpty() || !opened.get().writable();
    active = opened.orElseGet(folders::openFallback);
    if (!rebuild) {
      folders.removeAllBut(active.folder());
      log.info(
          "search index {} opened: {} documents, outbox applied up to {}",
          active.folder().getFileName(),
          active.documents(),
          active.cursor().watermark());
    } else {
      log.info("search index missing, unusable or of an older schema: rebuilding");
    }
    running = true;
    indexer.start();
    if (rebuild) {
      rebuild();
    }
  }

  /** Commits what was applied and closes the index. */
  @Override
  public void close() {
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
    }
    try {
      indexer.awaitEnd();
      Thread r = rebuilder;
      if (r != null) {
        r.join(TimeUnit.SECONDS.toMillis(30));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LuceneIndex index = active;
    try {
      if (index.writable()) {
        index.commit(true);
      }
      index.close();
    } catch (IOException | RuntimeException e) {
      log.warn("closing the search index failed", e);
    }
  }

  /** Makes the indexer look into the outbox now. */
  public void wake() {
    indexer.wake();
  }

  // ------------------------------------------------------------------ searching

  public SearchResult search(SearchQuery query, Viewer viewer, Set<String> enabledPlugins) {
    return withActive(
        index -> index.withSearcher(s -> searching.search(s, query, viewer, enabledPlugins)));
  }

  public List<Suggestion> suggest(
      String typed, Viewer viewer, Set<String> enabledPlugins, int max) {
    return withActive(
        index -> index.withSearcher(s -> searching.suggest(s, typed, viewer, enabledPlugins, max)));
  }

  /**
   * The documents of one plugin most alike to a text, for its {@code SearchIndex.similar}.
   *
   * @param pluginId the plugin
   * @param types the plugin's types to look in
   * @param query the text, exclusions and limit
   */
  public List<eu.remhub.portal.api.service.SearchHit> similar(
      String pluginId, Set<String> types, eu.remhub.portal.api.service.SimilarQuery query) {
    return withActive(
        index ->
            index.withSearcher(s -> similar.similar(s.getIndexReader(), pluginId, types, query)));
  }

  private <T> T withActive(Function<LuceneIndex, T> work) {
    for (int attempt = 1; ; attempt++) {
      LuceneIndex index = active;
      if (index == null) {
        throw new IllegalStateException("the search index is not started");
      }
      try {
        return work.apply(index);
      } catch (AlreadyClosedException e) {
        // Swapped for a rebuilt index between taking it and searching it: take the new one.
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Waits until the outbox row {@code outboxId} is applied and searchable.
   *
   * @return false if that did not happen within the timeout
   */
  public boolean awaitApplied(long outboxId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    wake();
    while (System.nanoTime() < deadline) {
      LuceneIndex index = active;
      if (index != null && index.writable() && index.cursor().covers(outboxId)) {
        return index.awaitSearchable(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      }
      Thread.sleep(5);
    }
    return false;
  }

  public IndexStatus status() {
    LuceneIndex index = active;
    if (index == null) {
      return new IndexStatus("", IndexSchema.VERSION, 0, 0, 0, 0, false, reports.current());
    }
    return new IndexStatus(
        index.folder().getFileName().toString(),
        IndexSchema.VERSION,
        index.documents(),
        index.writable() ? index.cursor().watermark() : 0,
        index.sizeOnDisk(),
        index.writable() ? index.cursor().gapCount() : 0,
        !index.writable(),
        reports.current());
  }

  // ------------------------------------------------------------------ plugins

  /**
   * Fills in a plugin's documents when the index holds none of them: after it was enabled for the
   * first time, or enabled again after a rebuild that ran while it was disabled.
   */
  public void checkPlugin(String pluginId) {
    pluginsSeen.add(pluginId);
    indexer.submit(() -> backfill(pluginId));
  }

  /**
   * Removes the documents of a plugin that was uninstalled; should it come back, {@link
   * #checkPlugin} fills them in again.
   */
  public void dropPlugin(String pluginId) {
    pluginsSeen.remove(pluginId);
    indexer.submit(
        () -> {
          LuceneIndex index = active;
          if (index.writable() && running) {
            PluginDocumentsInIndex.drop(index, pluginId);
          }
        });
  }

  private void backfill(String pluginId) {
    LuceneIndex index = active;
    if (index.writable() && running) {
      PluginDocumentsInIndex.backfill(index, pluginId, documents);
    }
  }

  // ------------------------------------------------------------------ rebuild

  /** Listens to rebuild progress (on the rebuilding thread); returns a remover. */
  public Runnable onRebuildProgress(Consumer<RebuildProgress> listener) {
    return reports.listen(listener);
  }

  public RebuildProgress rebuildProgress() {
    return reports.current();
  }

  /**
   * Starts a rebuild into a new folder; searches go on against the current one until the new one is
   * complete and takes over.
   *
   * @return false when a rebuild is already running
   */
  public boolean rebuild() {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    reports.set(new RebuildProgress(true, 0, 1, clock.instant(), null, ""));
    IndexRebuild run =
        new IndexRebuild(
            folders,
            outbox,
            documents,
            applier,
            reports,
            settings.gapTimeout(),
            refreshSeconds(),
            clock,
            () -> active,
            () -> running,
            (fresh, swapped) -> indexer.submit(() -> swap(fresh, swapped)),
            () -> rebuilding.set(false));
    Thread t = new Thread(run, "search-rebuild");
    t.setDaemon(true);
    rebuilder = t;
    t.start();
    return true;
  }

  /** On the indexer thread: last rows, commit as complete, take over, drop the old folders. */
  private void swap(LuceneIndex fresh, CompletableFuture<Void> swapped) {
    try {
      applier.drain(fresh);
      fresh.commit(true);
      fresh.refresh();
      LuceneIndex old = active;
      active = fresh;
      indexer.committed(fresh.cursor().watermark());
      LuceneIndex.closeQuietly(old);
      folders.removeAllBut(fresh.folder());
      swapped.complete(null);
      pluginsSeen.forEach(id -> indexer.submit(() -> backfill(id)));
    } catch (Throwable t) {
      swapped.completeExceptionally(t);
    }
  }

  private double refreshSeconds() {
    return settings.refreshInterval().toMillis() / 1000.0;
  }
}
