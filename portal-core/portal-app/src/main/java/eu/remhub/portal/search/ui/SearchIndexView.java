package eu.remhub.portal.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.search.IndexStatus;
import eu.remhub.portal.search.RebuildProgress;
import eu.remhub.portal.search.SearchService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Staff see the search index's figures here and rebuild it from the database: the rebuild writes a
 * new folder while the current one keeps answering, and the bar follows it as it goes.
 */
@Menu(title = "nav.index", order = 930, icon = "vaadin:search")
@Route(value = "admin/search", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class SearchIndexView extends Div implements HasDynamicTitle {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final transient SearchService search;
  private final Div figures = new Div();
  private final ProgressBar bar = new ProgressBar(0, 1);
  private final Span progressText = new Span();
  private final Button rebuild = new Button();
  private transient Runnable unsubscribe;

  public SearchIndexView(SearchService search) {
    this.search = search;
    addClassName("remhub-page");
    figures.setId("index-figures");
    figures.addClassName("remhub-index-figures");
    bar.setId("index-progress");
    progressText.setId("index-progress-text");
    rebuild.setText(getTranslation("index.rebuild"));
    rebuild.setId("index-rebuild");
    rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    rebuild.addClickListener(
        e -> {
          search.rebuild();
          show(search.status());
        });
    add(
        new H1(getTranslation("index.title")),
        new Paragraph(getTranslation("index.intro")),
        figures,
        rebuild,
        bar,
        progressText);
    show(search.status());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    UI ui = event.getUI();
    unsubscribe = search.onRebuildProgress(p -> ui.access(() -> show(search.status())));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (unsubscribe != null) {
      unsubscribe.run();
    }
    super.onDetach(event);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("index.title") + " · REMHub";
  }

  private void show(IndexStatus status) {
    figures.removeAll();
    figures.add(
        figure(
            "index-documents",
            getTranslation("index.documents"),
            Long.toString(status.documents())),
        figure(
            "index-applied",
            getTranslation("index.applied"),
            Long.toString(status.appliedOutboxId())),
        figure("index-size", getTranslation("index.size"), megabytes(status.sizeBytes())),
        figure(
            "index-folder",
            getTranslation("index.folder"),
            status.folder() + " (schema " + status.schema() + ")"));
    if (status.waitingFor() > 0) {
      figures.add(
          figure(
              "index-waiting",
              getTranslation("index.waiting"),
              Integer.toString(status.waitingFor())));
    }
    RebuildProgress p = status.rebuild();
    bar.setValue(p.fraction());
    bar.setVisible(p.running() || p.finished() != null);
    rebuild.setEnabled(!p.running());
    if (p.running()) {
      progressText.setText(getTranslation("index.progress", p.done(), p.expected()));
    } else if (p.failed()) {
      progressText.setText(getTranslation("index.failed", p.error()));
    } else if (p.finished() != null) {
      progressText.setText(getTranslation("index.done", p.done(), TIME.format(p.finished())));
    } else {
      progressText.setText("");
    }
  }

  private static Div figure(String id, String label, String value) {
    Span l = new Span(label);
    l.addClassName("remhub-figure-label");
    Span v = new Span(value);
    v.addClassName("remhub-figure-value");
    Div d = new Div(l, v);
    d.setId(id);
    d.addClassName("remhub-figure");
    return d;
  }

  private String megabytes(long bytes) {
    return String.format(getLocale(), "%.1f MB", bytes / 1_000_000.0);
  }
}
