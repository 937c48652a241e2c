package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.remhub.plugin.passport.io.ImportProblem;
import eu.remhub.plugin.passport.io.ImportReport;
import eu.remhub.plugin.passport.io.PassportExporter;
import eu.remhub.plugin.passport.io.PassportImporter;
import eu.remhub.plugin.passport.store.PassportCatalogue;
import eu.remhub.plugin.passport.store.PassportSummary;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The owners' page at {@code passports/manage}: their organisation's passports with drafts (every
 * passport for staff), a new passport, bulk import from JSON or CSV, and export as JSON. The route
 * needs {@code passport.manage}; the page checks again on the server.
 */
@PermitAll
public class PassportManageView extends VerticalLayout {

  private final transient PluginContext context = PluginContexts.of(getClass());
  private final Viewer viewer = Viewer.ofPage(context);
  private final Grid<PassportSummary> grid = new Grid<>();
  private final TextArea importText = new TextArea();
  private final Div importResult = new Div();

  /** Created by the portal's router. */
  public PassportManageView() {
    add(new H2(getTranslation("passport.manage.title")));
    PassportCatalogue catalogue = new PassportCatalogue(context);
    if (!catalogue.managesAny(viewer)) {
      add(new Paragraph(getTranslation("passport.manage.denied")));
      return;
    }
    Button create =
        new Button(
            getTranslation("passport.manage.new"),
            VaadinIcon.PLUS.create(),
            click -> getUI().ifPresent(ui -> ui.navigate("passports/edit/new")));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Anchor export =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  byte[] json =
                      new PassportExporter(context)
                          .exportJson(viewer)
                          .getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(json),
                      "magnet-passports.json",
                      "application/json",
                      json.length);
                }),
            getTranslation("passport.manage.export"));
    export.getElement().setAttribute("download", true);
    add(new HorizontalLayout(create, export));
    grid.addComponentColumn(s -> new Anchor("passports/edit/" + s.id(), s.digitalLink()))
        .setHeader(getTranslation("passport.list.link"))
        .setAutoWidth(true);
    grid.addColumn(PassportSummary::materials).setHeader(getTranslation("passport.list.materials"));
    grid.addColumn(PassportSummary::product).setHeader(getTranslation("passport.list.product"));
    grid.addColumn(
            s -> getTranslation("passport.status." + s.status().name().toLowerCase(Locale.ROOT)))
        .setHeader(getTranslation("passport.list.status"));
    grid.addColumn(PassportSummary::version).setHeader(getTranslation("passport.history.version"));
    grid.addComponentColumn(
        s -> new Anchor("passport/" + s.id(), getTranslation("passport.manage.open")));
    refresh();
    importText.setLabel(getTranslation("passport.manage.import-label"));
    importText.setHelperText(getTranslation("passport.manage.import-help"));
    importText.setWidthFull();
    importText.setMinHeight("8em");
    Button runImport =
        new Button(
            getTranslation("passport.manage.import"),
            VaadinIcon.UPLOAD.create(),
            click -> runImport());
    add(
        grid,
        new H3(getTranslation("passport.manage.import-title")),
        importText,
        runImport,
        importResult);
  }

  private void runImport() {
    ImportReport report = new PassportImporter(context).importText(viewer, importText.getValue());
    importResult.removeAll();
    if (report.ok()) {
      importResult.add(
          new Paragraph(
              getTranslation("passport.manage.imported", report.passports(), report.events())));
      importText.clear();
      refresh();
      return;
    }
    importResult.add(
        new Paragraph(getTranslation("passport.manage.import-refused", report.problems().size())));
    UnorderedList list = new UnorderedList();
    list.addClassName("passport-import-problems");
    for (ImportProblem problem : report.problems()) {
      list.add(new ListItem(problem.toString()));
    }
    importResult.add(list);
  }

  private void refresh() {
    grid.setItems(new PassportCatalogue(context).managedBy(viewer));
  }

  Grid<PassportSummary> grid() {
    return grid;
  }

  TextArea importText() {
    return importText;
  }

  Div importResult() {
    return importResult;
  }
}
