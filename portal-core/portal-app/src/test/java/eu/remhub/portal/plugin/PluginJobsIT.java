package eu.remhub.portal.plugin;

import static eu.remhub.portal.plugin.CrewPluginJar.BROKEN_MESSAGE;
import static eu.remhub.portal.plugin.CrewPluginJar.ID;
import static eu.remhub.portal.plugin.CrewPluginJar.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.extension.ScheduledJob;
import eu.remhub.portal.mail.PersonNotifications;
import eu.remhub.portal.plugin.PluginJobs.JobStatus;
import eu.remhub.portal.plugin.internal.JobRunner;
import eu.remhub.portal.plugin.internal.JobRunner.Outcome;
import eu.remhub.portal.plugin.ui.PluginJobsDialog;
import eu.remhub.portal.plugin.ui.PluginsView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduled jobs of a real plugin jar in the real runtime: scheduled while the plugin is enabled,
 * run in the background through the plugin guard, a throwing run recorded for staff and run again,
 * stopped on disable; and one run at a time across runners that share the database.
 */
@PortalIntegrationTest
@Tag("database")
class PluginJobsIT extends SpringBrowserlessTest {

  private static final int ACTIONS_COLUMN = 5;
  private static final int OUTCOME_COLUMN = 3;

  @Autowired PluginService plugins;
  @Autowired PluginJobs jobs;
  @Autowired PluginRoleGrants grants;
  @Autowired PersonNotifications notifications;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Clock clock;

  @BeforeEach
  void crewIsEnabled() {
    accounts.signIn(Persona.STAFF);
    CrewPluginJar.install(plugins);
  }

  @AfterEach
  void removeCrew() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find(ID).isPresent()) {
      plugins.uninstall(ID, true);
    }
  }

  @Test
  void enabledPlugin_hasItsJobsScheduled_oneIntervalAhead() {
    Instant before = clock.instant();

    List<JobStatus> status = jobs.status(ID);

    assertThat(status).extracting(JobStatus::name).containsExactly("tally", "broken");
    JobStatus tally = status.getFirst();
    assertThat(tally.every()).isEqualTo(Duration.ofHours(1));
    assertThat(tally.lastRun()).isNull();
    assertThat(tally.nextAt())
        .isBetween(before.plus(Duration.ofMinutes(55)), before.plus(Duration.ofMinutes(61)));
  }

  @Test
  void aRun_happensWithoutAPerson_andTellsTheTrainers() {
    CurrentUser member = accounts.user(Persona.MEMBER);
    grants.grant(ID, plugins.declaredRoles(ID), TRAINER, member.personId(), "staff@it.example");
    int unread = notifications.unreadCount(member.personId());

    assertThat(jobs.runNow(ID, "tally")).isEqualTo(Outcome.OK);

    assertThat(jdbc.sql("SELECT note FROM crew_tally").query(String.class).list())
        .containsExactly("in the background");
    assertThat(notifications.unreadCount(member.personId())).isEqualTo(unread + 1);
    assertThat(notifications.latest(member.personId(), 1).getFirst().link()).isEqualTo("crew/desk");
    JobStatus tally = jobs.status(ID).getFirst();
    assertThat(tally.lastRun().outcome()).isEqualTo("OK");
    assertThat(tally.lastRun().finishedAt()).isNotNull();
  }

  @Test
  void aThrowingJob_isRecordedForStaffAndThePlugin_andRunsAgain() {
    assertThat(jobs.runNow(ID, "broken")).isEqualTo(Outcome.FAILED);

    JobStatus broken = jobs.status(ID).get(1);
    assertThat(broken.lastRun().outcome()).isEqualTo("FAILED");
    assertThat(broken.lastRun().message()).isEqualTo("IllegalStateException: " + BROKEN_MESSAGE);
    assertThat(plugins.find(ID).orElseThrow().lastError()).contains(BROKEN_MESSAGE);
    assertThat(jobs.scheduled(ID)).as("still scheduled").contains("broken");
    Instant firstStart = broken.lastRun().startedAt();

    assertThat(jobs.runNow(ID, "broken")).isEqualTo(Outcome.FAILED);
    assertThat(jobs.status(ID).get(1).lastRun().startedAt()).isAfterOrEqualTo(firstStart);

    openJobs();
    assertThat(outcomeShown(1)).isEqualTo("Failed: IllegalStateException: " + BROKEN_MESSAGE);
    assertThat(outcomeShown(0)).isEqualTo("Not run yet");
    $(PluginJobsDialog.class).first().close();
    assertThat(jobs.runNow(ID, "tally")).isEqualTo(Outcome.OK);
    openJobs();
    assertThat(outcomeShown(0)).isEqualTo("OK");
  }

  @Test
  void aPurgedAndReinstalledPlugin_runsItsJobsAgain() {
    assertThat(jobs.runNow(ID, "tally")).isEqualTo(Outcome.OK);

    plugins.uninstall(ID, true);
    CrewPluginJar.install(plugins);

    assertThat(jobs.status(ID).getFirst().lastRun()).as("runs purged").isNull();
    assertThat(jobs.runNow(ID, "tally")).as("the lock is free again").isEqualTo(Outcome.OK);
  }

  @Test
  void disablingThePlugin_stopsItsJobs() {
    plugins.disable(ID, false);

    assertThat(jobs.scheduled(ID)).isEmpty();
    assertThat(jobs.status(ID)).isEmpty();
    assertThatThrownBy(() -> jobs.runNow(ID, "tally"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is the plugin enabled?");

    assertThat(plugins.enable(ID)).isTrue();
    assertThat(jobs.scheduled(ID)).containsExactly("tally", "broken");
  }

  @Test
  void twoRunnersOnOneDatabase_neverRunAJobTwiceAtOnce_norTwiceInOneInterval() throws Exception {
    List<String> failures = new CopyOnWriteArrayList<>();
    JobRunner first = new JobRunner(dataSource, jdbc, clock, "node-a");
    JobRunner second = new JobRunner(dataSource, jdbc, clock, "node-b");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ScheduledJob job =
        new ScheduledJob(
            "locked-" + System.nanoTime(),
            Duration.ofMinutes(10),
            () -> {
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              runs.incrementAndGet();
              started.countDown();
              try {
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                running.decrementAndGet();
              }
            });

    CompletableFuture<Outcome> onA =
        CompletableFuture.supplyAsync(
            () -> first.run("lock-test", job, null, true, e -> failures.add(e.toString())));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(second.run("lock-test", job, null, false, e -> failures.add(e.toString())))
        .isEqualTo(Outcome.SKIPPED);
    assertThat(second.run("lock-test", job, null, true, e -> failures.add(e.toString())))
        .isEqualTo(Outcome.SKIPPED);
    assertThat(second.lastRun("lock-test", job.name()).orElseThrow().outcome())
        .isEqualTo("RUNNING");

    release.countDown();
    await().atMost(Duration.ofSeconds(30)).until(onA::isDone);
    assertThat(onA.get()).isEqualTo(Outcome.OK);
    assertThat(second.run("lock-test", job, null, true, e -> failures.add(e.toString())))
        .as("a scheduled turn right after the other node's run")
        .isEqualTo(Outcome.NOT_DUE);
    assertThat(runs).hasValue(1);

    assertThat(second.run("lock-test", job, null, false, e -> failures.add(e.toString())))
        .isEqualTo(Outcome.OK);
    assertThat(runs).hasValue(2);
    assertThat(most).hasValue(1);
    assertThat(second.lastRun("lock-test", job.name()).orElseThrow().node()).isEqualTo("node-b");
    assertThat(failures).isEmpty();
    first.purge("lock-test");
    assertThat(second.lastRun("lock-test", job.name())).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private com.vaadin.flow.component.grid.GridTester<Grid<JobStatus>, JobStatus> jobsGrid() {
    return test((Grid<JobStatus>) $(Grid.class).id("jobs-grid"));
  }

  private String outcomeShown(int row) {
    return ((Span) jobsGrid().getCellComponent(row, OUTCOME_COLUMN)).getText();
  }

  /** Clicks the plugin's jobs button in the plugins grid, as staff do. */
  private void openJobs() {
    navigate(PluginsView.class);
    @SuppressWarnings("unchecked")
    Grid<PluginInfo> grid = $(Grid.class).id("plugins-grid");
    var rows = test(grid);
    int row =
        IntStream.range(0, rows.size())
            .filter(i -> rows.getRow(i).id().equals(ID))
            .findFirst()
            .orElseThrow();
    Component actions = rows.getCellComponent(row, ACTIONS_COLUMN);
    Button open =
        actions
            .getChildren()
            .filter(c -> c.getId().orElse("").equals("jobs-" + ID))
            .map(Button.class::cast)
            .findFirst()
            .orElseThrow();
    test(open).click();
    assertThat($(PluginJobsDialog.class).first().isOpened()).isTrue();
  }
}
