package eu.remhub.portal.billing.ui;

import eu.remhub.portal.billing.BillingDashboard.MonthFigures;
import eu.remhub.portal.billing.BillingDashboard.PlanFigures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
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
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The dashboard's charts, drawn on the server with JFreeChart into PNG images: members and monthly
 * revenue over the last months, and members per plan. Headless AWT; Spring Boot starts with {@code
 * java.awt.headless=true}.
 */
public final class BillingCharts {

  private static final Color MEMBERS = new Color(0x1f, 0x6f, 0x8b);
  private static final Color REVENUE = new Color(0xc4, 0x5a, 0x1a);
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private BillingCharts() {}

  /**
   * Members as bars (left axis) and monthly recurring revenue in euros as a line (right axis).
   *
   * @param membersLabel the legend and axis label for members, in the viewer's language
   * @param revenueLabel the same for revenue
   */
  public static byte[] history(
      List<MonthFigures> months,
      Locale locale,
      String membersLabel,
      String revenueLabel,
      int width,
      int height) {
    DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", locale);
    DefaultCategoryDataset members = new DefaultCategoryDataset();
    DefaultCategoryDataset revenue = new DefaultCategoryDataset();
    for (MonthFigures m : months) {
      String month = label.format(m.month());
      members.addValue(m.members(), membersLabel, month);
      revenue.addValue(m.mrrCents() / 100.0, revenueLabel, month);
    }
    CategoryAxis axis = new CategoryAxis();
    axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    axis.setTickLabelFont(FONT);
    NumberAxis count = new NumberAxis(membersLabel);
    count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    count.setLabelFont(FONT);
    CategoryPlot plot = new CategoryPlot(members, axis, count, bars(MEMBERS));
    NumberAxis euros = new NumberAxis(revenueLabel);
    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(Currency.getInstance("EUR"));
    money.setMaximumFractionDigits(0);
    euros.setNumberFormatOverride(money);
    euros.setLabelFont(FONT);
    plot.setRangeAxis(1, euros);
    plot.setDataset(1, revenue);
    plot.mapDatasetToRangeAxis(1, 1);
    LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, REVENUE);
    line.setSeriesStroke(0, new BasicStroke(2.5f));
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    return png(chart(plot), width, height);
  }

  /** Entitled members per plan as bars. */
  public static byte[] perPlan(
      List<PlanFigures> plans, String membersLabel, int width, int height) {
    DefaultCategoryDataset members = new DefaultCategoryDataset();
    for (PlanFigures p : plans) {
      members.addValue(p.members(), membersLabel, p.planName());
    }
    CategoryAxis axis = new CategoryAxis();
    axis.setTickLabelFont(FONT);
    axis.setMaximumCategoryLabelLines(2);
    NumberAxis count = new NumberAxis(membersLabel);
    count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    count.setLabelFont(FONT);
    return png(chart(new CategoryPlot(members, axis, count, bars(MEMBERS))), width, height);
  }

  private static BarRenderer bars(Color color) {
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, color);
    bars.setMaximumBarWidth(0.12);
    return bars;
  }

  private static JFreeChart chart(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(null, FONT, plot, plot.getDataset(1) != null);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static byte[] png(JFreeChart chart, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
