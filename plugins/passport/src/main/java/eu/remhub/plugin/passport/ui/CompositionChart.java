package eu.remhub.plugin.passport.ui;

import eu.remhub.plugin.passport.model.Constituent;
import eu.remhub.plugin.passport.model.ConstituentRole;
import eu.remhub.plugin.passport.model.Elements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A magnet's composition as an SVG chart drawn on the server: one bar of 100 % split into its
 * constituents, and a legend line per constituent with its share. Colours group rare earths, iron,
 * boron, cobalt, other elements, coatings, glues and additives.
 */
public final class CompositionChart {

  private static final int WIDTH = 640;
  private static final int BAR = 28;
  private static final int LINE = 20;
  private static final Map<String, String> ELEMENT_COLOURS =
      Map.of(
          "Nd", "#1f5fa8", "Pr", "#3f86d1", "Dy", "#6b3fa0", "Tb", "#8e63c4", "Sm", "#2a7f83", "Fe",
          "#8a8f98", "B", "#3c9a4a", "Co", "#d9822b", "Ni", "#b8a13a", "Cu", "#b5653b");

  private CompositionChart() {}

  /**
   * Draws the chart.
   *
   * @param composition the constituents; their shares add up to about 100 %
   * @param title a title for screen readers
   * @return the SVG markup
   */
  public static String svg(List<Constituent> composition, String title) {
    int height = BAR + 16 + composition.size() * LINE;
    StringBuilder svg =
        new StringBuilder()
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(height)
            .append("\" width=\"100%\" style=\"max-width:")
            .append(WIDTH)
            .append("px\" font-family=\"sans-serif\" font-size=\"13\">")
            .append("<title>")
            .append(Svgs.escape(title))
            .append("</title>");
    BigDecimal total =
        composition.stream().map(Constituent::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    double x = 0;
    for (Constituent part : composition) {
      double width =
          total.signum() == 0 ? 0 : part.percent().doubleValue() / total.doubleValue() * WIDTH;
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"0.5\">",
                  x,
                  width,
                  BAR,
                  colour(part)))
          .append("<title>")
          .append(Svgs.escape(label(part)))
          .append("</title></rect>");
      x += width;
    }
    int y = BAR + 16;
    for (Constituent part : composition) {
      svg.append("<rect x=\"0\" y=\"")
          .append(y - 11)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colour(part))
          .append("\"/>")
          .append("<text x=\"20\" y=\"")
          .append(y)
          .append("\">")
          .append(Svgs.escape(label(part)))
          .append("</text>");
      y += LINE;
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The legend text of one constituent, such as {@code Nd 23.40 %} or {@code Ni 0.45 % (coating)}.
   *
   * @param part the constituent
   * @return the text
   */
  static String label(Constituent part) {
    String role =
        part.role() == ConstituentRole.MAGNET
            ? ""
            : " (" + part.role().name().toLowerCase(Locale.ROOT) + ")";
    return part.substance()
        + " "
        + part.percent().setScale(2, RoundingMode.HALF_UP).toPlainString()
        + " %"
        + role;
  }

  private static String colour(Constituent part) {
    return switch (part.role()) {
      case COATING -> "#e0b84c";
      case GLUE -> "#8c6d4f";
      case ADDITIVE -> "#d46a9f";
      case MAGNET ->
          ELEMENT_COLOURS.getOrDefault(
              part.substance(), Elements.isRareEarth(part.substance()) ? "#5a7fc0" : "#4aa3a0");
    };
  }
}
