package eu.remhub.portal.search.internal;

import eu.remhub.portal.search.RebuildProgress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of the latest rebuild, and who is told of each step; a failing listener is skipped.
 */
final class RebuildReports {

  private static final Logger log = LoggerFactory.getLogger(RebuildReports.class);

  private final List<Consumer<RebuildProgress>> listeners = new CopyOnWriteArrayList<>();
  private volatile RebuildProgress progress = RebuildProgress.idle();

  RebuildProgress current() {
    return progress;
  }

  /** Sets the progress without telling anyone (the rebuild thread tells them once it runs). */
  void set(RebuildProgress next) {
    progress = next;
  }

  /** Sets the progress and tells every listener, on the calling thread. */
  void publish(RebuildProgress next) {
    progress = next;
    for (Consumer<RebuildProgress> l : listeners) {
      try {
        l.accept(next);
      } catch (RuntimeException e) {
        log.debug("rebuild listener failed", e);
      }
    }
  }

  Runnable listen(Consumer<RebuildProgress> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
