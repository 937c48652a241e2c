package eu.remhub.portal.runtime.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.remhub.portal.api.service.Chart;
import eu.remhub.portal.api.service.Charts;
import eu.remhub.portal.runtime.print.HubLook;
import java.io.ByteArrayInputStream;
import java.util.Objects;

/**
 * {@link Charts} for plugins: a chart as PNG bytes, or as a Vaadin {@link Image} whose picture the
 * browser fetches through a download handler and whose text alternative is the chart's title. The
 * picture is drawn when the browser asks for it, so a chart on a page that is never shown costs
 * nothing. Thread-safe; {@link #component} belongs on the UI thread.
 */
public final class ChartImages implements Charts {

  private final ChartDrawer drawer;

  /**
   * Charts in a look.
   *
   * @param look the hub's look
   */
  public ChartImages(HubLook look) {
    this.drawer = new ChartDrawer(look);
  }

  @Override
  public Component component(Chart chart, int width, int height) {
    Objects.requireNonNull(chart, "chart");
    ChartDrawer.checkSize(width, height);
    String file = "chart-" + Integer.toHexString(chart.hashCode()) + ".png";
    Image image =
        new Image(
            DownloadHandler.fromInputStream(
                event ->
                    new DownloadResponse(
                        new ByteArrayInputStream(drawer.png(chart, width, height)),
                        file,
                        "image/png",
                        -1)),
            chart.title());
    image.setWidth(width + "px");
    image.setHeight(height + "px");
    image.addClassName("remhub-chart");
    return image;
  }

  @Override
  public byte[] png(Chart chart, int width, int height) {
    return drawer.png(chart, width, height);
  }
}
