package eu.remhub.portal.testkit;

import eu.remhub.portal.api.extension.ScheduledJob;
import eu.remhub.portal.api.extension.ScheduledJobContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A plugin's {@link ScheduledJob}s, which a test runs when it wants instead of waiting for their
 * interval. A job runs as in the portal: on a background thread's terms, so {@link
 * TestPluginContext#currentUser()} answers empty while it runs. For a plugin loaded by {@link
 * TestPluginManager} the jobs are those of its {@link ScheduledJobContributor} extensions while it
 * is started (none once it is stopped); otherwise a test declares them with {@link #declare}.
 * Thread-safe.
 *
 * <pre>{@code
 * context.jobs().declare(new ReminderJobs(context));
 * context.clock().advance(Duration.ofDays(6));
 * context.jobs().run("deadline-reminders");
 * assertThat(context.notifications().notices()).hasSize(1);
 * }</pre>
 *
 * @since 1.1.0
 */
public final class TestScheduledJobs {

  private final String pluginId;
  private final Consumer<Runnable> background;
  private volatile Supplier<List<ScheduledJob>> source = List::of;

  TestScheduledJobs(String pluginId, Consumer<Runnable> background) {
    this.pluginId = pluginId;
    this.background = background;
  }

  /**
   * Declares the plugin's jobs, as the portal asks its {@link ScheduledJobContributor} extensions;
   * replaces earlier declarations.
   *
   * @param contributors the plugin's job contributors
   * @return this object
   * @throws IllegalArgumentException when two jobs share a name
   */
  public TestScheduledJobs declare(ScheduledJobContributor... contributors) {
    List<ScheduledJobContributor> list = List.of(contributors);
    source = () -> collect(pluginId, list);
    return this;
  }

  /** Takes the jobs from a source asked on each use, as of a loaded plugin. */
  void declareFrom(Supplier<List<ScheduledJob>> jobs) {
    source = Objects.requireNonNull(jobs, "jobs");
  }

  /**
   * The jobs of contributors, in contributor order, as the portal gathers them.
   *
   * @param pluginId the plugin, for the message
   * @param contributors the contributors
   * @return the jobs
   * @throws IllegalArgumentException when two jobs share a name
   */
  static List<ScheduledJob> collect(
      String pluginId, List<? extends ScheduledJobContributor> contributors) {
    Map<String, ScheduledJob> byName = new LinkedHashMap<>();
    for (ScheduledJobContributor contributor : contributors) {
      for (ScheduledJob job : contributor.jobs()) {
        if (byName.putIfAbsent(job.name(), job) != null) {
          throw new IllegalArgumentException(
              pluginId + " declares the job " + job.name() + " twice");
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * The jobs, in declaration order.
   *
   * @return the jobs
   */
  public List<ScheduledJob> list() {
    return List.copyOf(source.get());
  }

  /**
   * The names of the jobs, in declaration order.
   *
   * @return the names
   */
  public List<String> names() {
    return list().stream().map(ScheduledJob::name).toList();
  }

  /**
   * Runs one job now, on the calling thread, without a current person. What the job throws reaches
   * the test.
   *
   * @param name the job's name
   * @throws IllegalArgumentException when the plugin has no such job
   */
  public void run(String name) {
    ScheduledJob job =
        list().stream()
            .filter(j -> j.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        pluginId + " has no job " + name + "; it has " + names()));
    background.accept(job.work());
  }

  /**
   * Runs every job once now, in declaration order. A throwing job does not keep the others from
   * running; the first failure is thrown afterwards, later ones added to it as suppressed.
   *
   * @return the names of the jobs run
   */
  public List<String> runAll() {
    RuntimeException failure = null;
    List<String> ran = new ArrayList<>();
    for (ScheduledJob job : list()) {
      try {
        ran.add(job.name());
        background.accept(job.work());
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return ran;
  }
}
