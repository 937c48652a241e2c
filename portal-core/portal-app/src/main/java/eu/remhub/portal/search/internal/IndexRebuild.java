package eu.remhub.portal.search.internal;

import eu.remhub.portal.search.RebuildProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild, on a thread of its own: every current document into a new folder, then the outbox
 * rows since the rebuild began, then the new folder handed to the indexer thread, which swaps it
 * in. Until then the serving index keeps answering; a rebuild that fails leaves it answering and
 * deletes its folder.
 */
final class IndexRebuild implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

  private final IndexFolders folders;
  private final OutboxSource outbox;
  private final SearchEngine.DocumentSource documents;
  private final OutboxApplier applier;
  private final RebuildReports reports;
  private final Duration gapTimeout;
  private final double refreshSeconds;
  private final Clock clock;
  private final Supplier<LuceneIndex> serving;
  private final BooleanSupplier running;
  private final BiConsumer<LuceneIndex, CompletableFuture<Void>> handOver;
  private final Runnable ended;
  private final AtomicLong written = new AtomicLong();

  /**
   * @param serving the index that answers now
   * @param running false once the portal shuts down
   * @param handOver asks the indexer thread to swap the new index in and complete the future
   * @param ended called when the rebuild is over, whatever its outcome
   */
  IndexRebuild(
      IndexFolders folders,
      OutboxSource outbox,
      SearchEngine.DocumentSource documents,
      OutboxApplier applier,
      RebuildReports reports,
      Duration gapTimeout,
      double refreshSeconds,
      Clock clock,
      Supplier<LuceneIndex> serving,
      BooleanSupplier running,
      BiConsumer<LuceneIndex, CompletableFuture<Void>> handOver,
      Runnable ended) {
    this.folders = folders;
    this.outbox = outbox;
    this.documents = documents;
    this.applier = applier;
    this.reports = reports;
    this.gapTimeout = gapTimeout;
    this.refreshSeconds = refreshSeconds;
    this.clock = clock;
    this.serving = serving;
    this.running = running;
    this.handOver = handOver;
    this.ended = ended;
  }

  @Override
  public void run() {
    Instant started = clock.instant();
    LuceneIndex current = serving.get();
    long expected =
        Math.max(1, Math.max(documents.estimate(), current == null ? 0 : current.documents()));
    reports.publish(new RebuildProgress(true, 0, expected, started, null, ""));
    LuceneIndex fresh = null;
    try {
      requireRunning();
      long start =
          current != null && current.writable()
              ? current.cursor().watermark()
              : outbox.settledPosition(gapTimeout);
      fresh =
          LuceneIndex.create(folders.folderFor(folders.nextGeneration()), start, refreshSeconds);
      LuceneIndex target = fresh;
      new BulkWriter(
              target,
              written,
              running,
              done ->
                  reports.publish(
                      new RebuildProgress(
                          true, done, Math.max(expected, done + 1), started, null, "")))
          .writeAll(documents);
      target.bulkDone();
      // Catch up with the outbox here, so that the swap on the indexer thread has little left to
      // do.
      applier.drain(target);
      CompletableFuture<Void> swapped = new CompletableFuture<>();
      handOver.accept(target, swapped);
      while (!swapped.isDone()) {
        requireRunning();
        try {
          swapped.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException stillWaiting) {
          // the indexer is busy; ask again
        }
      }
      long done = written.get();
      reports.publish(new RebuildProgress(false, done, done, started, clock.instant(), ""));
      log.info(
          "search index rebuilt into {}: {} documents from the database in {} ms",
          target.folder().getFileName(),
          done,
          Duration.between(started, clock.instant()).toMillis());
    } catch (Exception e) {
      log.warn("search index rebuild failed; the previous index keeps answering", e);
      if (fresh != null) {
        LuceneIndex.closeQuietly(fresh);
        IndexFolders.delete(fresh.folder());
      }
      String message =
          e instanceof ExecutionException ee && ee.getCause() != null
              ? ee.getCause().toString()
              : e.toString();
      reports.publish(
          new RebuildProgress(false, written.get(), expected, started, clock.instant(), message));
    } finally {
      ended.run();
    }
  }

  private void requireRunning() {
    if (!running.getAsBoolean()) {
      throw new IllegalStateException("the portal is shutting down");
    }
  }
}
