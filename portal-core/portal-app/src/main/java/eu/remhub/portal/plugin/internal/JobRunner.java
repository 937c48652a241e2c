package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.extension.ScheduledJob;
import eu.remhub.portal.runtime.call.PluginCalls;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs one plugin job at a time across every node of the portal: each run first takes the job's row
 * in {@code plugin_job_lock} (ShedLock), so a node that finds it held skips its turn; the run and
 * its outcome are kept in {@code plugin_job_run}, one row per job, for staff. A scheduled run also
 * skips when another node already ran the job within its interval. What the job throws is caught,
 * passed to the failure sink (the plugin guard) and recorded; the job runs again at its next time.
 * Thread-safe.
 */
@Component
public class JobRunner {

  /** What became of one attempt to run a job. */
  public enum Outcome {
    /** It ran and returned normally. */
    OK,
    /** It ran and threw. */
    FAILED,
    /** Another runner held its lock: it runs there now. */
    SKIPPED,
    /** A scheduled attempt found that the job ran within its interval already. */
    NOT_DUE
  }

  /**
   * A job's last run.
   *
   * @param startedAt when it started
   * @param finishedAt when it ended, or null while it runs
   * @param outcome {@code RUNNING}, {@code OK} or {@code FAILED}
   * @param message what a failed run threw, else empty
   * @param node the node that ran it
   */
  public record LastRun(
      Instant startedAt, Instant finishedAt, String outcome, String message, String node) {}

  /** The lock is given up after this long even if its node died without releasing it. */
  static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

  private final LockProvider locks;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final String node;

  /** The portal's runner, named after this JVM's process and host. */
  @Autowired
  public JobRunner(DataSource dataSource, JdbcClient jdbc, Clock clock) {
    this(dataSource, jdbc, clock, ManagementFactory.getRuntimeMXBean().getName());
  }

  /**
   * Creates a runner.
   *
   * @param dataSource the portal's database, for the lock
   * @param jdbc the same database, for the run records
   * @param clock the portal's clock
   * @param node this runner's name in the records
   */
  public JobRunner(DataSource dataSource, JdbcClient jdbc, Clock clock, String node) {
    this.locks = new JdbcLockProvider(dataSource, "plugin_job_lock");
    this.jdbc = jdbc;
    this.clock = clock;
    this.node = node;
  }

  /**
   * Runs a job now when its lock is free.
   *
   * @param pluginId the job's plugin
   * @param job the job
   * @param loader the plugin's class loader, made the thread's context loader during the run
   * @param onlyIfDue true for a scheduled run: skip when the job ran within its interval
   * @param failures told of what the job threw: the plugin guard's sink
   * @return what became of it
   */
  public Outcome run(
      String pluginId,
      ScheduledJob job,
      ClassLoader loader,
      boolean onlyIfDue,
      Consumer<Throwable> failures) {
    Instant now = clock.instant();
    Optional<SimpleLock> lock =
        locks.lock(
            new LockConfiguration(
                Instant.now(),
                lockName(pluginId, job.name()),
                LOCK_AT_MOST.compareTo(job.every()) > 0 ? LOCK_AT_MOST : job.every(),
                Duration.ZERO));
    if (lock.isEmpty()) {
      return Outcome.SKIPPED;
    }
    try {
      if (onlyIfDue && !due(pluginId, job, now)) {
        return Outcome.NOT_DUE;
      }
      started(pluginId, job.name(), now);
      Thread thread = Thread.currentThread();
      ClassLoader outer = thread.getContextClassLoader();
      String message = "";
      try {
        if (loader != null) {
          thread.setContextClassLoader(loader);
        }
        job.work().run();
      } catch (Throwable t) {
        PluginCalls.rethrowIfFatal(t);
        if (t instanceof InterruptedException) {
          thread.interrupt();
        }
        message = PluginCalls.describe(t);
        failures.accept(t);
      } finally {
        thread.setContextClassLoader(outer);
      }
      finished(pluginId, job.name(), message);
      return message.isEmpty() ? Outcome.OK : Outcome.FAILED;
    } finally {
      lock.get().unlock();
    }
  }

  /** A job's last run, if it ever ran. */
  public Optional<LastRun> lastRun(String pluginId, String jobName) {
    return jdbc.sql(
            "SELECT started_at, finished_at, outcome, message, node FROM plugin_job_run"
                + " WHERE plugin_id = ? AND job_name = ?")
        .params(pluginId, jobName)
        .query(
            (rs, row) -> {
              Timestamp finished = rs.getTimestamp("finished_at");
              String message = rs.getString("message");
              return new LastRun(
                  rs.getTimestamp("started_at").toInstant(),
                  finished == null ? null : finished.toInstant(),
                  rs.getString("outcome"),
                  message == null ? "" : message,
                  rs.getString("node"));
            })
        .optional();
  }

  /**
   * Forgets a plugin's runs (uninstall with its data purged). Its lock rows stay: they hold only a
   * job's name and a time, and ShedLock remembers on every node which lock rows it created, so a
   * deleted row would make each node's next attempt at that job find "no row to update" and skip it
   * until that memory fades. A reinstalled plugin's jobs take the rows over.
   */
  public void purge(String pluginId) {
    jdbc.sql("DELETE FROM plugin_job_run WHERE plugin_id = ?").param(pluginId).update();
  }

  static String lockName(String pluginId, String jobName) {
    return pluginId + "/" + jobName;
  }

  /**
   * Whether a scheduled run is due: never ran, or last started at least one interval ago, less a
   * tenth (at most half a minute) so that nodes whose timers drift a little do not skip a turn.
   */
  private boolean due(String pluginId, ScheduledJob job, Instant now) {
    Duration tenth = job.every().dividedBy(10);
    Duration slack = tenth.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : tenth;
    Instant dueAt =
        lastRun(pluginId, job.name())
            .map(r -> r.startedAt().plus(job.every()).minus(slack))
            .orElse(Instant.MIN);
    return !now.isBefore(dueAt);
  }

  private void started(String pluginId, String jobName, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE plugin_job_run SET started_at = ?, finished_at = NULL, outcome = 'RUNNING',"
                    + " message = NULL, node = ? WHERE plugin_id = ? AND job_name = ?")
            .params(Timestamp.from(at), node, pluginId, jobName)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO plugin_job_run (plugin_id, job_name, started_at, outcome, node)"
                  + " VALUES (?, ?, ?, 'RUNNING', ?)")
          .params(pluginId, jobName, Timestamp.from(at), node)
          .update();
    }
  }

  private void finished(String pluginId, String jobName, String message) {
    jdbc.sql(
            "UPDATE plugin_job_run SET finished_at = ?, outcome = ?, message = ?"
                + " WHERE plugin_id = ? AND job_name = ?")
        .params(
            Timestamp.from(clock.instant()),
            message.isEmpty() ? "OK" : "FAILED",
            message.isEmpty() ? null : message,
            pluginId,
            jobName)
        .update();
  }
}
