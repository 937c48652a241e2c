package eu.remhub.portal.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.billing.BillingDashboard.MonthFigures;
import eu.remhub.portal.billing.BillingDashboard.PlanFigures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts are real PNG images of the asked size, drawn without a display. */
class BillingChartsTest {

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void history_isAPngOfTheAskedSize() throws IOException {
    List<MonthFigures> months = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      months.add(
          new MonthFigures(YearMonth.of(2025, 12).plusMonths(i), 5 + i, 100_000L + 12_500L * i));
    }
    byte[] png =
        BillingCharts.history(months, Locale.ITALIAN, "Membri", "Ricavi mensili (EUR)", 900, 360);

    assertPng(png, 900, 360);
  }

  @Test
  void perPlan_isAPng_evenWithoutMembers() throws IOException {
    byte[] png =
        BillingCharts.perPlan(
            List.of(
                new PlanFigures("research", "Research & Academia", 0, 0),
                new PlanFigures("sme", "SME", 0, 0)),
            "Members",
            600,
            260);

    assertPng(png, 600, 260);
  }

  static void assertPngHeader(byte[] png) {
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    assertThat(png.length).isGreaterThan(2_000);
  }

  static void assertPng(byte[] png, int width, int height) throws IOException {
    assertPngHeader(png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
  }
}
