package eu.remhub.portal.plugin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import eu.remhub.portal.plugin.PluginJobs;
import eu.remhub.portal.plugin.PluginJobs.JobStatus;
import eu.remhub.portal.plugin.internal.JobRunner.LastRun;
import eu.remhub.portal.plugin.internal.JobRunner.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The scheduled jobs of one enabled plugin as staff see them: how often each runs, its last run
 * (when, on which node, ok or the failure's message) and when this node tries it next; and a button
 * to run one at once.
 */
public class PluginJobsDialog extends Dialog {

  private final transient PluginJobs jobs;
  private final String pluginId;
  private final Grid<JobStatus> grid = new Grid<>();

  public PluginJobsDialog(PluginJobs jobs, String pluginId, String pluginName) {
    this.jobs = jobs;
    this.pluginId = pluginId;
    setId("plugin-jobs");
    setHeaderTitle(getTranslation("plugins.jobs.title", pluginName));
    setWidth("min(60rem, 95vw)");
    grid.setId("jobs-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(JobStatus::name)
        .setHeader(getTranslation("plugins.jobs.col.job"))
        .setAutoWidth(true);
    grid.addColumn(s -> every(s.every()))
        .setHeader(getTranslation("plugins.jobs.col.every"))
        .setAutoWidth(true);
    grid.addColumn(s -> lastRun(s.lastRun()))
        .setHeader(getTranslation("plugins.jobs.col.last"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::outcome)
        .setHeader(getTranslation("plugins.jobs.col.outcome"))
        .setFlexGrow(1);
    grid.addColumn(s -> time(s.nextAt()))
        .setHeader(getTranslation("plugins.jobs.col.next"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::runButton).setAutoWidth(true).setFlexGrow(0);
    add(new Paragraph(getTranslation("plugins.jobs.intro")), grid);
    refresh();
    Button close = new Button(getTranslation("common.close"), e -> close());
    getFooter().add(close);
  }

  private void refresh() {
    grid.setItems(jobs.status(pluginId));
  }

  private Component outcome(JobStatus s) {
    Span text = new Span();
    text.setId("job-outcome-" + s.name());
    LastRun run = s.lastRun();
    if (run == null) {
      text.setText(getTranslation("plugins.jobs.never"));
    } else if (run.outcome().equals("FAILED")) {
      text.setText(getTranslation("plugins.jobs.failed", run.message()));
      text.addClassName("remhub-error");
    } else if (run.outcome().equals("RUNNING")) {
      text.setText(getTranslation("plugins.jobs.running"));
    } else {
      text.setText(getTranslation("plugins.jobs.ok"));
    }
    return text;
  }

  private Component runButton(JobStatus s) {
    Button run =
        new Button(
            getTranslation("plugins.jobs.run-now"),
            e -> {
              Outcome outcome = jobs.runNow(pluginId, s.name());
              Notification.show(
                  getTranslation("plugins.jobs.outcome." + outcome.name().toLowerCase()),
                  4000,
                  Notification.Position.BOTTOM_START);
              refresh();
            });
    run.setId("job-run-" + s.name());
    run.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return run;
  }

  private String lastRun(LastRun run) {
    return run == null ? "" : time(run.startedAt()) + " · " + run.node();
  }

  private String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(ZoneId.systemDefault())
            .format(at);
  }

  private String every(Duration every) {
    if (every.toDays() > 0 && every.toHoursPart() == 0 && every.toMinutesPart() == 0) {
      return getTranslation("plugins.jobs.every.days", every.toDays());
    }
    if (every.toHours() > 0 && every.toMinutesPart() == 0) {
      return getTranslation("plugins.jobs.every.hours", every.toHours());
    }
    return getTranslation("plugins.jobs.every.minutes", every.toMinutes());
  }
}
