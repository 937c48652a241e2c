package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.DocumentRef;
import eu.remhub.plugin.passport.model.Origin;
import eu.remhub.plugin.passport.model.Predecessor;
import eu.remhub.plugin.passport.store.PassportDocument;
import java.util.List;

/**
 * Where the magnets come from and go: footprint, predecessors, origins, removal and documents, each
 * as the tier allows.
 */
class ProvenanceSection extends Section {

  ProvenanceSection(PassportDocument document) {
    footprint(document.carbonFootprint());
    if (!document.predecessors().isEmpty()) {
      add(new H3(getTranslation("passport.predecessors.title")));
      UnorderedList list = new UnorderedList();
      document.predecessors().forEach(predecessor -> list.add(predecessor(predecessor)));
      list.addClassName("passport-predecessors");
      add(list);
    }
    if (document.origins() != null && !document.origins().isEmpty()) {
      add(new H3(getTranslation("passport.origins.title")));
      add(
          Tables.of(
              List.of(
                  getTranslation("passport.origins.stage"),
                  getTranslation("passport.origins.country"),
                  getTranslation("passport.origins.region"),
                  getTranslation("passport.origins.supplier")),
              document.origins().stream().<List<?>>map(ProvenanceSection::origin).toList()));
    }
    if (document.removalInstructions() != null && !document.removalInstructions().isBlank()) {
      add(new H3(getTranslation("passport.removal.title")));
      Paragraph removal = new Paragraph(document.removalInstructions());
      removal.addClassName("passport-removal");
      add(removal);
    }
    if (document.documents() != null && !document.documents().isEmpty()) {
      add(new H3(getTranslation("passport.documents.title")));
      UnorderedList list = new UnorderedList();
      document.documents().forEach(d -> list.add(documentItem(d)));
      add(list);
    }
  }

  private void footprint(CarbonFootprint footprint) {
    if (footprint == null) {
      return;
    }
    add(new H3(getTranslation("passport.footprint.title")));
    Div line = new Div();
    if (footprint.footprintClass() != null) {
      line.add(new Span(getTranslation("passport.footprint.class", footprint.footprintClass())));
    }
    if (footprint.kgCo2ePerKg() != null) {
      line.add(
          new Span(
              " · "
                  + getTranslation(
                      "passport.footprint.value",
                      footprint.kgCo2ePerKg().stripTrailingZeros().toPlainString())));
    }
    if (footprint.method() != null && !footprint.method().isBlank()) {
      line.add(new Span(" · " + footprint.method()));
    }
    line.addClassName("passport-footprint");
    add(line);
  }

  private static ListItem predecessor(Predecessor predecessor) {
    ListItem item = new ListItem();
    if (predecessor.passportId() != null) {
      item.add(
          new Anchor(
              "passport/" + predecessor.passportId(), "Passport " + predecessor.passportId()));
    } else {
      item.add(new Span(predecessor.identifier()));
    }
    if (predecessor.description() != null && !predecessor.description().isBlank()) {
      item.add(new Span(": " + predecessor.description()));
    }
    return item;
  }

  private static List<?> origin(Origin origin) {
    return List.of(
        origin.stage().label(),
        origin.country(),
        origin.region() == null ? "" : origin.region(),
        origin.supplier() == null ? "" : origin.supplier());
  }

  private static ListItem documentItem(DocumentRef document) {
    ListItem item = new ListItem();
    if (document.url() != null && !document.url().isBlank()) {
      Anchor link = new Anchor(document.url(), document.title());
      link.setTarget("_blank");
      item.add(link);
    } else {
      item.add(new Span(document.title()));
    }
    if (document.kind() != null && !document.kind().isBlank()) {
      item.add(new Span(" (" + document.kind() + ")"));
    }
    return item;
  }
}
