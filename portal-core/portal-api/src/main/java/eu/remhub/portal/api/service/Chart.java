package eu.remhub.portal.api.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart for {@link Charts} to draw: categories along the horizontal axis and one or more series
 * of values, each drawn as bars or as a line. Staff figures ("posts by type"), progress against a
 * target ("reported value and target per reporting date") and the like.
 *
 * <pre>{@code
 * Chart chart = Chart.builder(t("pilot-calls.chart.title"))
 *     .categories(List.of("Q1", "Q2", "Q3"))
 *     .bars(t("pilot-calls.chart.reported"), List.of(12.0, 18.5, 25.0))
 *     .line(t("pilot-calls.chart.target"), List.of(30.0, 30.0, 30.0))
 *     .valueAxis("t/year")
 *     .build();
 * }</pre>
 *
 * <p>Texts are shown as given: translate them first. A missing value is {@code null} and leaves a
 * gap.
 *
 * @param title the chart's title, also its text alternative for screen readers
 * @param categories the labels along the horizontal axis
 * @param series the series, each with one value per category
 * @param valueAxis the label of the value axis, such as a unit; may be empty
 * @since 1.1.0
 */
public record Chart(String title, List<String> categories, List<Series> series, String valueAxis) {

  public Chart {
    Objects.requireNonNull(title, "title");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    valueAxis = valueAxis == null ? "" : valueAxis;
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a chart has at least one series");
    }
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "series '"
                + s.name()
                + "' has "
                + s.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
    }
  }

  /**
   * How a series is drawn.
   *
   * @since 1.1.0
   */
  public enum Style {
    /** Bars; several bar series stand side by side. */
    BARS,
    /** A line through the values, drawn over the bars. */
    LINE
  }

  /**
   * One series of values.
   *
   * @param name the name in the legend
   * @param style bars or line
   * @param values one value per category; {@code null} for none
   * @since 1.1.0
   */
  public record Series(String name, Style style, List<Double> values) {

    public Series {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(style, "style");
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /**
   * Starts a chart.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /**
   * Builds a {@link Chart}.
   *
   * @since 1.1.0
   */
  public static final class Builder {
    private final String title;
    private List<String> categories = List.of();
    private final List<Series> series = new ArrayList<>();
    private String valueAxis = "";

    private Builder(String title) {
      this.title = title;
    }

    /**
     * The labels along the horizontal axis.
     *
     * @param categories the labels
     * @return this builder
     */
    public Builder categories(List<String> categories) {
      this.categories = categories;
      return this;
    }

    /**
     * Adds a series drawn as bars.
     *
     * @param name the legend name
     * @param values one per category
     * @return this builder
     */
    public Builder bars(String name, List<Double> values) {
      series.add(new Series(name, Style.BARS, values));
      return this;
    }

    /**
     * Adds a series drawn as a line.
     *
     * @param name the legend name
     * @param values one per category
     * @return this builder
     */
    public Builder line(String name, List<Double> values) {
      series.add(new Series(name, Style.LINE, values));
      return this;
    }

    /**
     * The label of the value axis.
     *
     * @param label the label, such as a unit
     * @return this builder
     */
    public Builder valueAxis(String label) {
      this.valueAxis = label;
      return this;
    }

    /**
     * The chart.
     *
     * @return the chart
     */
    public Chart build() {
      return new Chart(title, categories, series, valueAxis);
    }
  }
}
