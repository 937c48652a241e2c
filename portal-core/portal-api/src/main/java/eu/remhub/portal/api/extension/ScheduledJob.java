package eu.remhub.portal.api.extension;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Work a plugin wants done again and again while it is enabled: reminders before a deadline, a
 * daily digest, expiring old records.
 *
 * <p>The portal runs a job every {@code every}, first one interval after the plugin starts, on a
 * background thread without a current person, under the plugin's guard (a throwing run is recorded
 * against the plugin and the job runs again at its next time). Across all nodes of one portal a job
 * runs at most once at a time, and at most once per interval, held by a lock in the database. A run
 * must therefore decide from the data what is due ("reminders not yet sent whose date has come"),
 * never from counting its own runs, and be safe to repeat after a crash. Staff see each job's last
 * run, its outcome and its next time in Administration, Plugins.
 *
 * @param name a stable name, unique within the plugin: lower-case words joined by dashes
 * @param every how often to run; at least one minute
 * @param work the work
 * @since 1.1.0
 */
public record ScheduledJob(String name, Duration every, Runnable work) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public ScheduledJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(work, "work");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a job name is lower-case words joined by dashes, such as expiry-reminders: " + name);
    }
    if (every.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("a job runs at most once a minute: " + every);
    }
  }
}
