package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.Tier;
import eu.remhub.plugin.passport.store.PassportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The magnets: types, grades and coatings for all; masses, locations and composition charts from
 * legitimate interest on.
 */
class MagnetsSection extends Section {

  MagnetsSection(PassportDocument document) {
    boolean restricted = document.tier().atLeast(Tier.LEGITIMATE_INTEREST);
    add(new H3(getTranslation("passport.magnets.title")));
    List<String> headers =
        new ArrayList<>(
            List.of(
                getTranslation("passport.magnets.family"),
                getTranslation("passport.magnets.grade"),
                getTranslation("passport.magnets.coating"),
                getTranslation("passport.magnets.temperature")));
    if (restricted) {
      headers.addAll(
          List.of(
              getTranslation("passport.magnets.mass"),
              getTranslation("passport.magnets.count"),
              getTranslation("passport.magnets.total"),
              getTranslation("passport.magnets.location")));
    }
    List<List<?>> rows = new ArrayList<>();
    for (Magnet magnet : document.magnets()) {
      List<Object> row =
          new ArrayList<>(
              List.of(
                  magnet.family().label(),
                  magnet.grade(),
                  text(magnet.coating()),
                  magnet.maxWorkingTemperatureC() == null
                      ? ""
                      : magnet.maxWorkingTemperatureC() + " °C"));
      if (restricted) {
        row.addAll(
            List.of(
                Formats.mass(magnet.massGrams()),
                magnet.count(),
                Formats.mass(magnet.totalMassGrams()),
                text(magnet.location())));
      }
      rows.add(row);
    }
    add(Tables.of(headers, rows));
    if (!restricted) {
      Paragraph note = new Paragraph(getTranslation("passport.magnets.restricted"));
      note.addClassName("passport-restricted-note");
      add(note);
      return;
    }
    for (int i = 0; i < document.magnets().size(); i++) {
      Magnet magnet = document.magnets().get(i);
      if (magnet.composition() == null || magnet.composition().isEmpty()) {
        continue;
      }
      String title =
          getTranslation(
              "passport.magnets.composition", i + 1, magnet.family().label(), magnet.grade());
      Svg chart = new Svg(CompositionChart.svg(magnet.composition(), title));
      chart.addClassName("passport-composition-chart");
      add(new H4(title), chart);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
