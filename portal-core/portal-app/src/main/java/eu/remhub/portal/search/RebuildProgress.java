package eu.remhub.portal.search;

import java.time.Instant;

/**
 * How a rebuild of the search index goes, or went.
 *
 * @param running whether one is running now
 * @param done documents written so far
 * @param expected documents expected (an estimate until it is done)
 * @param started when it started, or null if none has run since the portal started
 * @param finished when it finished, or null
 * @param error why it failed, or empty
 */
public record RebuildProgress(
    boolean running, long done, long expected, Instant started, Instant finished, String error) {

  public static RebuildProgress idle() {
    return new RebuildProgress(false, 0, 0, null, null, "");
  }

  /** Done as a fraction from 0 to 1. */
  public double fraction() {
    if (!running) {
      return finished != null && error.isEmpty() ? 1.0 : 0.0;
    }
    return expected <= 0 ? 0.0 : Math.min(0.99, (double) done / expected);
  }

  public boolean failed() {
    return !error.isEmpty();
  }
}
