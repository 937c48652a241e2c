package eu.remhub.portal.runtime.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.service.Chart;
import eu.remhub.portal.runtime.print.HubLook;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartDrawerTest {

  private final ChartDrawer drawer = new ChartDrawer(HubLook.REMHUB);

  private final Chart progress =
      Chart.builder("Reported value and target")
          .categories(List.of("Q1", "Q2", "Q3", "Q4"))
          .bars("Reported", Arrays.asList(12.0, 18.5, null, 25.0))
          .line("Target", List.of(30.0, 30.0, 30.0, 30.0))
          .valueAxis("t/year")
          .build();

  @Test
  void png_hasTheSizeAsked_andBarsAndLineInTheHubsColours() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawer.png(progress, 640, 360)));

    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(360);
    assertThat(pixelsOf(image, HubLook.REMHUB.primary().getRGB())).isGreaterThan(500);
    assertThat(pixelsOf(image, HubLook.REMHUB.accent().getRGB())).isGreaterThan(100);
  }

  @Test
  void aLineOnly_drawsNoBars() throws IOException {
    Chart line =
        Chart.builder("Target")
            .categories(List.of("Q1", "Q2"))
            .line("Target", List.of(1.0, 2.0))
            .build();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawer.png(line, 400, 300)));

    // The only series takes the first colour, drawn as a thin line, not as filled bars.
    assertThat(pixelsOf(image, HubLook.REMHUB.primary().getRGB())).isBetween(50, 3000);
  }

  @Test
  void aSizeOutOfRange_isRefusedInWords() {
    assertThatThrownBy(() -> drawer.png(progress, 0, 300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 4000 pixels")
        .hasMessageContaining("0 x 300");
  }

  private static int pixelsOf(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) {
          count++;
        }
      }
    }
    return count;
  }
}
