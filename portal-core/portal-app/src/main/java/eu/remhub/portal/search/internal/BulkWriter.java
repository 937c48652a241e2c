package eu.remhub.portal.search.internal;

import eu.remhub.portal.api.service.SearchDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams every document of a rebuild into a new index: the calling thread reads them, and as many
 * workers as there are cores (at most four) analyse and write them, since the writer takes
 * documents from several threads at once. Workers are never interrupted (an interrupt during I/O
 * closes Lucene's channels).
 */
final class BulkWriter {

  private static final int CHUNK = 256;
  private static final long REPORT_NANOS = 100_000_000L;

  /** A document with the plugin that owns it (null for the core). */
  private record Owned(String pluginId, SearchDocument document) {}

  private final LuceneIndex target;
  private final AtomicLong written;
  private final BooleanSupplier running;
  private final LongConsumer progress;

  /**
   * @param target the new index
   * @param written counts the documents written, for progress
   * @param running false once the portal shuts down, which ends the rebuild
   * @param progress told the count now and then, on the calling thread
   */
  BulkWriter(
      LuceneIndex target, AtomicLong written, BooleanSupplier running, LongConsumer progress) {
    this.target = target;
    this.written = written;
    this.running = running;
    this.progress = progress;
  }

  /**
   * Writes every document of the source; a document offered twice is written once, as its last
   * offer.
   */
  void writeAll(SearchEngine.DocumentSource documents) throws Exception {
    int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "search-rebuild-worker");
              t.setDaemon(true);
              return t;
            });
    Semaphore inFlight = new Semaphore(workers * 2);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Owned> chunk = new ArrayList<>(CHUNK);
    Set<String> seen = new HashSet<>();
    List<Owned> again = new ArrayList<>();
    long[] lastReport = {System.nanoTime()};
    Consumer<List<Owned>> submit =
        docs -> {
          inFlight.acquireUninterruptibly();
          pool.execute(
              () -> {
                try {
                  for (Owned d : docs) {
                    if (failure.get() == null) {
                      target.add(d.pluginId(), d.document());
                      written.incrementAndGet();
                    }
                  }
                } catch (Throwable t) {
                  failure.compareAndSet(null, t);
                } finally {
                  inFlight.release();
                }
              });
        };
    try {
      documents.all(
          (pluginId, doc) -> {
            if (!running.getAsBoolean()) {
              throw new IllegalStateException("the portal is shutting down");
            }
            if (failure.get() != null) {
              throw new IllegalStateException("writing the new index failed", failure.get());
            }
            if (!seen.add(doc.type() + "/" + doc.id())) {
              // Offered twice: replaced after the workers are done, so that it is not doubled.
              again.add(new Owned(pluginId, doc));
              return;
            }
            chunk.add(new Owned(pluginId, doc));
            if (chunk.size() == CHUNK) {
              submit.accept(new ArrayList<>(chunk));
              chunk.clear();
            }
            if (System.nanoTime() - lastReport[0] > REPORT_NANOS) {
              lastReport[0] = System.nanoTime();
              progress.accept(written.get());
            }
          });
      if (!chunk.isEmpty()) {
        submit.accept(new ArrayList<>(chunk));
      }
    } finally {
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // the workers finish what they were given
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("writing the new index failed", failure.get());
    }
    for (Owned d : again) {
      target.upsert(d.pluginId(), d.document());
    }
  }
}
