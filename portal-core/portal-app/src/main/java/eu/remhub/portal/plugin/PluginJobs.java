package eu.remhub.portal.plugin;

import eu.remhub.portal.api.event.PluginDisabled;
import eu.remhub.portal.api.event.PluginEnabled;
import eu.remhub.portal.api.extension.ScheduledJob;
import eu.remhub.portal.api.extension.ScheduledJobContributor;
import eu.remhub.portal.plugin.internal.JobRunner;
import eu.remhub.portal.plugin.internal.JobRunner.LastRun;
import eu.remhub.portal.plugin.internal.JobRunner.Outcome;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs the {@link ScheduledJob}s of enabled plugins: each job every interval from one interval
 * after its plugin is enabled, on a background thread, through the plugin guard, one run at a time
 * across all nodes (see {@link JobRunner}). Disabling or uninstalling a plugin stops its jobs; a
 * run under way finishes. Staff see each job's last run, outcome and next time in Administration,
 * Plugins, and may run a job at once.
 */
@Service
public class PluginJobs {

  /**
   * One job as staff see it.
   *
   * @param name the job's name
   * @param every its interval
   * @param lastRun its last run on any node, or null when it never ran
   * @param nextAt when this node tries it next, or null when it is not scheduled
   */
  public record JobStatus(String name, Duration every, LastRun lastRun, Instant nextAt) {}

  private record Scheduled(ScheduledJob job, ScheduledFuture<?> future) {}

  private final PluginService plugins;
  private final JobRunner runner;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final Map<String, Map<String, Scheduled>> byPlugin = new ConcurrentHashMap<>();

  public PluginJobs(PluginService plugins, JobRunner runner, Clock clock) {
    this.plugins = plugins;
    this.clock = clock;
    this.runner = runner;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newScheduledThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "plugin-jobs-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @EventListener
  void enabled(PluginEnabled event) {
    schedule(event.pluginId());
  }

  @EventListener
  void disabled(PluginDisabled event) {
    stop(event.pluginId());
  }

  @EventListener
  void uninstalled(PluginUninstalled event) {
    stop(event.pluginId());
    if (event.purged()) {
      runner.purge(event.pluginId());
    }
  }

  /** Schedules the jobs a started plugin declares, replacing any it had. */
  void schedule(String pluginId) {
    stop(pluginId);
    Map<String, Scheduled> jobs = new LinkedHashMap<>();
    for (ScheduledJob job : declared(pluginId)) {
      long every = job.every().toMillis();
      ScheduledFuture<?> future =
          executor.scheduleAtFixedRate(
              () -> run(pluginId, job, true), every, every, TimeUnit.MILLISECONDS);
      jobs.put(job.name(), new Scheduled(job, future));
    }
    if (!jobs.isEmpty()) {
      byPlugin.put(pluginId, jobs);
    }
  }

  /** Stops a plugin's jobs; a run under way finishes. */
  void stop(String pluginId) {
    Map<String, Scheduled> jobs = byPlugin.remove(pluginId);
    if (jobs != null) {
      jobs.values().forEach(s -> s.future().cancel(false));
    }
  }

  /**
   * Runs a job of an enabled plugin at once, whether due or not, unless it runs elsewhere now; on a
   * background thread like every run, without the caller as the current person. Waits for it.
   *
   * @throws IllegalArgumentException when the plugin is not enabled or has no such job
   */
  public Outcome runNow(String pluginId, String jobName) {
    Scheduled scheduled = byPlugin.getOrDefault(pluginId, Map.of()).get(jobName);
    if (scheduled == null) {
      throw new IllegalArgumentException(
          pluginId + " has no job " + jobName + " running; is the plugin enabled?");
    }
    try {
      return executor.submit(() -> run(pluginId, scheduled.job(), false)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.SKIPPED;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(
          "job " + jobName + " of " + pluginId + " could not run", e.getCause());
    }
  }

  /** The jobs of an enabled plugin, with their last run and next time. */
  public List<JobStatus> status(String pluginId) {
    List<JobStatus> status = new ArrayList<>();
    for (Scheduled s : byPlugin.getOrDefault(pluginId, Map.of()).values()) {
      Instant next =
          s.future().isCancelled()
              ? null
              : clock.instant().plusMillis(Math.max(0, s.future().getDelay(TimeUnit.MILLISECONDS)));
      status.add(
          new JobStatus(
              s.job().name(),
              s.job().every(),
              runner.lastRun(pluginId, s.job().name()).orElse(null),
              next));
    }
    return status;
  }

  /** The names of the jobs scheduled for a plugin on this node. */
  public List<String> scheduled(String pluginId) {
    return List.copyOf(byPlugin.getOrDefault(pluginId, Map.of()).keySet());
  }

  private Outcome run(String pluginId, ScheduledJob job, boolean onlyIfDue) {
    try {
      ClassLoader loader = plugins.pluginClassLoaders().get(pluginId);
      return runner.run(
          pluginId,
          job,
          loader,
          onlyIfDue,
          error -> plugins.calls().failed(pluginId, "scheduled job " + job.name(), error));
    } catch (RuntimeException e) {
      // The database or the lock failed, not the plugin: keep the timer alive for the next turn.
      org.slf4j.LoggerFactory.getLogger(PluginJobs.class)
          .warn("job {} of plugin {} could not run", job.name(), pluginId, e);
      return Outcome.SKIPPED;
    }
  }

  /**
   * The jobs of a plugin's contributors, through the guard; a second job of one name is left out.
   */
  private List<ScheduledJob> declared(String pluginId) {
    Map<String, ScheduledJob> byName = new LinkedHashMap<>();
    for (ScheduledJobContributor contributor :
        plugins.extensionsOf(ScheduledJobContributor.class, pluginId)) {
      for (ScheduledJob job :
          plugins.guarded(pluginId, "scheduled jobs", contributor::jobs, List.<ScheduledJob>of())) {
        if (byName.putIfAbsent(job.name(), job) != null) {
          plugins
              .calls()
              .failed(
                  pluginId,
                  "scheduled jobs",
                  new IllegalArgumentException(
                      pluginId + " declares the job " + job.name() + " twice; the first counts"));
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  @PreDestroy
  void shutdown() {
    executor.shutdownNow();
  }
}
