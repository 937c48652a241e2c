package eu.remhub.portal.search.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexer thread: the only writer of the serving index. It runs the tasks queued for it
 * (backfills, drops, the swap after a rebuild), applies the outbox, commits at the configured
 * interval and, after a failure, reopens the serving folder at its last commit so that the outbox
 * replays the rest.
 *
 * <p>A platform thread that nobody interrupts: an interrupt during I/O closes Lucene's channels.
 */
final class Indexer {

  private static final Logger log = LoggerFactory.getLogger(Indexer.class);
  private static final Runnable WAKE = () -> {};

  private final OutboxApplier applier;
  private final IndexFolders folders;
  private final Duration pollInterval;
  private final Duration commitInterval;
  private final double refreshSeconds;
  private final Clock clock;
  private final Supplier<LuceneIndex> serving;
  private final Consumer<LuceneIndex> replaceServing;
  private final BooleanSupplier running;
  private final Runnable rebuild;
  private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  private volatile Thread thread;
  private long lastCommitMillis;
  private long lastCommittedWatermark = -1;

  /**
   * @param serving the index that answers now
   * @param replaceServing makes another index the serving one, after a failure
   * @param running false once the portal shuts down
   * @param rebuild starts a rebuild when the serving folder cannot be reopened
   */
  Indexer(
      OutboxApplier applier,
      IndexFolders folders,
      Duration pollInterval,
      Duration commitInterval,
      double refreshSeconds,
      Clock clock,
      Supplier<LuceneIndex> serving,
      Consumer<LuceneIndex> replaceServing,
      BooleanSupplier running,
      Runnable rebuild) {
    this.applier = applier;
    this.folders = folders;
    this.pollInterval = pollInterval;
    this.commitInterval = commitInterval;
    this.refreshSeconds = refreshSeconds;
    this.clock = clock;
    this.serving = serving;
    this.replaceServing = replaceServing;
    this.running = running;
    this.rebuild = rebuild;
  }

  /** Starts the thread; the next periodic commit is one interval from now. */
  void start() {
    lastCommitMillis = clock.millis();
    Thread t = new Thread(this::loop, "search-indexer");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Wakes the thread, which has been told to stop, and waits up to 30 seconds for its end. */
  void awaitEnd() throws InterruptedException {
    tasks.offer(WAKE);
    thread.join(TimeUnit.SECONDS.toMillis(30));
  }

  /** Runs {@code task} on the indexer thread, before it next looks into the outbox. */
  void submit(Runnable task) {
    tasks.offer(task);
  }

  /** Makes the thread look into the outbox now. */
  void wake() {
    if (tasks.isEmpty()) {
      tasks.offer(WAKE);
    }
  }

  /** On the indexer thread: a new serving index was committed up to {@code watermark}. */
  void committed(long watermark) {
    lastCommitMillis = clock.millis();
    lastCommittedWatermark = watermark;
  }

  private void loop() {
    while (running.getAsBoolean()) {
      try {
        Runnable task = tasks.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        while (task != null && running.getAsBoolean()) {
          task.run();
          task = tasks.poll();
        }
        if (!running.getAsBoolean()) {
          break;
        }
        LuceneIndex index = serving.get();
        if (index.writable()) {
          if (applier.apply(index) > 0) {
            // Visible now rather than at the refresh thread's next turn.
            index.refresh();
          }
          maybeCommit(index);
        }
      } catch (InterruptedException e) {
        // Nobody interrupts this thread on purpose; keep going until told to stop.
        Thread.interrupted();
      } catch (Throwable t) {
        if (t instanceof VirtualMachineError vm) {
          throw vm;
        }
        log.warn(
            "search indexer failed; it reopens the index and replays the outbox from the last commit",
            t);
        recover();
        sleepQuietly(pollInterval.toMillis());
      }
    }
  }

  private void maybeCommit(LuceneIndex index) throws IOException {
    long now = clock.millis();
    long watermark = index.cursor().watermark();
    if (now - lastCommitMillis >= commitInterval.toMillis()
        && (index.hasUncommittedChanges() || watermark != lastCommittedWatermark)) {
      index.commit(true);
      lastCommittedWatermark = watermark;
      lastCommitMillis = now;
    }
  }

  /**
   * After a failure: reopen the serving folder at its last commit (the outbox replays the rest).
   */
  private void recover() {
    LuceneIndex broken = serving.get();
    if (broken == null || !broken.writable()) {
      return;
    }
    LuceneIndex.closeQuietly(broken);
    try {
      replaceServing.accept(LuceneIndex.open(broken.folder(), refreshSeconds));
    } catch (IOException | RuntimeException e) {
      log.error("search index {} cannot be reopened; rebuilding", broken.folder().getFileName(), e);
      replaceServing.accept(folders.openFallback());
      rebuild.run();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.interrupted();
    }
  }
}
