package eu.remhub.portal.runtime.chart;

import eu.remhub.portal.api.service.Chart;
import eu.remhub.portal.runtime.print.HubLook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link Chart} into a PNG image in the look of the core's billing dashboard: white ground,
 * light grid lines, flat bars without shadows, lines drawn over the bars, the hub's colours first.
 * Bar series stand side by side; every series shares one value axis. Headless AWT. Stateless and
 * thread-safe.
 */
public final class ChartDrawer {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

  /** Widths and heights beyond this are refused: a chart is never that large on a page. */
  public static final int MAX_SIZE = 4000;

  private final List<Color> palette;

  /**
   * A drawer with the hub's colours first.
   *
   * @param look the hub's look
   */
  public ChartDrawer(HubLook look) {
    Objects.requireNonNull(look, "look");
    this.palette =
        List.of(
            look.primary(),
            look.accent(),
            new Color(0x1f, 0x6f, 0x8b),
            new Color(0x6b, 0x8e, 0x23),
            new Color(0x7b, 0x4f, 0x9d),
            new Color(0x8a, 0x8a, 0x8a));
  }

  /**
   * The chart as a PNG image.
   *
   * @param chart what to draw
   * @param width the width in pixels, 1 to {@link #MAX_SIZE}
   * @param height the height in pixels, 1 to {@link #MAX_SIZE}
   * @return the PNG bytes
   * @throws IllegalArgumentException for a size out of range
   */
  public byte[] png(Chart chart, int width, int height) {
    Objects.requireNonNull(chart, "chart");
    checkSize(width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, draw(chart), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static void checkSize(int width, int height) {
    if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
      throw new IllegalArgumentException(
          "A chart is between 1 and "
              + MAX_SIZE
              + " pixels wide and high, not "
              + width
              + " x "
              + height);
    }
  }

  JFreeChart draw(Chart chart) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset lines = new DefaultCategoryDataset();
    BarRenderer barRenderer = new BarRenderer();
    barRenderer.setBarPainter(new StandardBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setMaximumBarWidth(0.12);
    barRenderer.setItemMargin(0.05);
    LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
    int barCount = 0;
    int lineCount = 0;
    for (int s = 0; s < chart.series().size(); s++) {
      Chart.Series series = chart.series().get(s);
      Color color = palette.get(s % palette.size());
      boolean bar = series.style() == Chart.Style.BARS;
      DefaultCategoryDataset data = bar ? bars : lines;
      for (int c = 0; c < chart.categories().size(); c++) {
        data.addValue(series.values().get(c), series.name(), chart.categories().get(c));
      }
      if (bar) {
        barRenderer.setSeriesPaint(barCount++, color);
      } else {
        lineRenderer.setSeriesPaint(lineCount, color);
        lineRenderer.setSeriesStroke(lineCount++, new BasicStroke(2.5f));
      }
    }
    CategoryAxis axis = new CategoryAxis();
    axis.setTickLabelFont(FONT);
    axis.setMaximumCategoryLabelLines(2);
    if (chart.categories().size() > 8) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis values = new NumberAxis(chart.valueAxis().isEmpty() ? null : chart.valueAxis());
    values.setLabelFont(FONT);
    values.setTickLabelFont(FONT);
    CategoryPlot plot = new CategoryPlot();
    plot.setDomainAxis(axis);
    plot.setRangeAxis(values);
    if (barCount > 0) {
      plot.setDataset(0, bars);
      plot.setRenderer(0, barRenderer);
    }
    if (lineCount > 0) {
      plot.setDataset(1, lines);
      plot.setRenderer(1, lineRenderer);
    }
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setOutlineVisible(false);
    JFreeChart drawn = new JFreeChart(null, FONT, plot, chart.series().size() > 1);
    if (!chart.title().isEmpty()) {
      drawn.setTitle(new TextTitle(chart.title(), TITLE));
    }
    drawn.setBackgroundPaint(Color.WHITE);
    return drawn;
  }
}
