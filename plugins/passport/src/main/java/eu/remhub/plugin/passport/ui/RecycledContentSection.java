package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import eu.remhub.plugin.passport.model.Elements;
import eu.remhub.plugin.passport.model.MagnetFamily;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.store.PassportDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recycled content per element, on a free-access page as CRMA Art. 29 asks for products holding
 * more than 0.2 kg of NdFeB, SmCo or AlNiCo magnets: every element the Act names, with its share,
 * method and verifier, or "not declared".
 */
class RecycledContentSection extends Section {

  private static final BigDecimal ART_29_THRESHOLD_GRAMS = new BigDecimal("200");

  RecycledContentSection(PassportDocument document) {
    add(new H3(getTranslation("passport.recycled.title")));
    List<List<?>> rows = new ArrayList<>();
    for (String element : Elements.RECYCLED_SHARE_ELEMENTS) {
      Optional<RecycledShare> share =
          document.recycledContent().stream().filter(s -> s.element().equals(element)).findFirst();
      rows.add(
          share
              .<List<?>>map(
                  s ->
                      List.of(
                          element,
                          Formats.percent(s.percent()),
                          s.method(),
                          s.verifier() == null ? "" : s.verifier()))
              .orElseGet(
                  () -> List.of(element, getTranslation("passport.recycled.undeclared"), "", "")));
    }
    var table =
        Tables.of(
            List.of(
                getTranslation("passport.recycled.element"),
                getTranslation("passport.recycled.share"),
                getTranslation("passport.recycled.method"),
                getTranslation("passport.recycled.verifier")),
            rows);
    table.addClassName("passport-recycled-table");
    add(table);
    BigDecimal regulated =
        document.magnets().stream()
            .filter(m -> m.family() != MagnetFamily.FERRITE)
            .map(m -> m.totalMassGrams())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (regulated.compareTo(ART_29_THRESHOLD_GRAMS) > 0) {
      add(new Paragraph(getTranslation("passport.recycled.article29", Formats.mass(regulated))));
    }
  }
}
