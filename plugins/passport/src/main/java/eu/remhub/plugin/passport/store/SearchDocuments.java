package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search document of a published passport. It carries public fields only (identity, product
 * category, magnet types, grades, coatings, recycled shares, footprint class, operator), because
 * everybody may find it.
 */
public final class SearchDocuments {

  /** The document type passports have in the portal's search. */
  public static final String TYPE = "passport";

  private SearchDocuments() {}

  /**
   * Builds the document.
   *
   * @param passport the passport
   * @param status the status to show
   * @param content the content of the version in force
   * @param operator the responsible operator
   * @param updated when it last changed
   * @return the document
   */
  public static SearchDocument of(
      PassportRow passport,
      Status status,
      PassportContent content,
      OperatorInfo operator,
      Instant updated) {
    List<String> materials = content.materials();
    String product =
        content.hostProduct() == null || content.hostProduct().category() == null
            ? "product"
            : content.hostProduct().category().label().toLowerCase(Locale.ROOT);
    String title =
        String.join(" and ", materials)
            + " magnets in "
            + article(product)
            + product
            + " · "
            + operator.name()
            + (status == Status.SUPERSEDED ? " (superseded)" : "");
    Set<String> tags = new LinkedHashSet<>(materials);
    content
        .magnets()
        .forEach(
            magnet -> {
              tags.add(magnet.grade());
              tags.add(magnet.family().label());
            });
    tags.add(passport.granularity().name().toLowerCase(Locale.ROOT));
    List<String> body = new ArrayList<>();
    body.add(
        "Magnet passport "
            + passport.identifier().digitalLinkPath()
            + ", "
            + status.name().toLowerCase(Locale.ROOT)
            + ".");
    body.add("Responsible operator: " + operator.legalName() + " (" + operator.country() + ").");
    if (content.hostProduct() != null && content.hostProduct().description() != null) {
      body.add("Product: " + content.hostProduct().description() + ".");
    }
    body.add(
        "Magnets: "
            + content.magnets().stream()
                .map(SearchDocuments::magnet)
                .collect(Collectors.joining("; "))
            + ".");
    if (!content.recycledContent().isEmpty()) {
      body.add(
          "Recycled content: "
              + content.recycledContent().stream()
                  .map(SearchDocuments::share)
                  .collect(Collectors.joining(", "))
              + ".");
    }
    if (content.carbonFootprint() != null && content.carbonFootprint().footprintClass() != null) {
      body.add("Carbon footprint class " + content.carbonFootprint().footprintClass() + ".");
    }
    return new SearchDocument(
        TYPE,
        Long.toString(passport.id()),
        title,
        List.copyOf(tags),
        String.join(" ", body),
        "/passport/" + passport.id(),
        Visibility.everyone(),
        Map.of(
            "material",
            materials,
            "country",
            nonEmpty(operator.country()),
            "segment",
            nonEmpty(operator.segment())),
        updated);
  }

  private static String magnet(Magnet magnet) {
    return magnet.family().label()
        + " "
        + magnet.grade()
        + (magnet.coating() == null || magnet.coating().isBlank()
            ? ""
            : ", " + magnet.coating() + " coating");
  }

  private static String share(RecycledShare share) {
    return share.element()
        + " "
        + share.percent().setScale(1, RoundingMode.HALF_UP).toPlainString()
        + " %";
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
  }

  private static List<String> nonEmpty(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }
}
