package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.plugin.passport.store.PassportCatalogue;
import eu.remhub.plugin.passport.store.PassportSummary;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import java.util.Locale;

/** The public registry at {@code passports}: every published passport, with a filter. */
@AnonymousAllowed
public class PassportListView extends VerticalLayout {

  private final Grid<PassportSummary> grid = new Grid<>();
  private final TextField filter = new TextField();

  /** Created by the portal's router. */
  public PassportListView() {
    PluginContext context = PluginContexts.of(getClass());
    PassportCatalogue catalogue = new PassportCatalogue(context);
    add(
        new H2(getTranslation("passport.list.title")),
        new Paragraph(getTranslation("passport.list.intro")));
    if (catalogue.managesAny(Viewer.ofPage(context))) {
      Button manage =
          new Button(
              getTranslation("passport.list.manage"),
              VaadinIcon.EDIT.create(),
              click -> getUI().ifPresent(ui -> ui.navigate("passports/manage")));
      add(manage);
    }
    ListDataProvider<PassportSummary> rows = new ListDataProvider<>(catalogue.published());
    grid.setItems(rows);
    grid.addComponentColumn(s -> new Anchor("passport/" + s.id(), s.digitalLink()))
        .setHeader(getTranslation("passport.list.link"))
        .setAutoWidth(true);
    grid.addColumn(PassportSummary::materials)
        .setHeader(getTranslation("passport.list.materials"))
        .setAutoWidth(true);
    grid.addColumn(PassportSummary::product).setHeader(getTranslation("passport.list.product"));
    grid.addColumn(PassportSummary::operator).setHeader(getTranslation("passport.list.operator"));
    grid.addColumn(
            s -> getTranslation("passport.status." + s.status().name().toLowerCase(Locale.ROOT)))
        .setHeader(getTranslation("passport.list.status"));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    filter.setPlaceholder(getTranslation("passport.list.filter"));
    filter.setClearButtonVisible(true);
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(
        change -> {
          String needle = change.getValue().toLowerCase(Locale.ROOT).strip();
          rows.setFilter(
              s ->
                  needle.isEmpty()
                      || (s.digitalLink()
                              + " "
                              + s.materials()
                              + " "
                              + s.product()
                              + " "
                              + s.operator())
                          .toLowerCase(Locale.ROOT)
                          .contains(needle));
        });
    add(filter, grid);
    setSizeFull();
  }

  Grid<PassportSummary> grid() {
    return grid;
  }

  TextField filter() {
    return filter;
  }
}
