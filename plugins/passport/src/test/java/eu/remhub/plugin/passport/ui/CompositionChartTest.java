package eu.remhub.plugin.passport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.model.Constituent;
import eu.remhub.plugin.passport.model.ConstituentRole;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionChartTest {

  @Test
  void chart_hasABarSegmentAndALegendLinePerConstituent() {
    List<Constituent> composition = TestData.tractionMotor().magnets().get(0).composition();

    String svg = CompositionChart.svg(composition, "Composition of magnet 1");

    assertThat(svg)
        .startsWith("<svg")
        .endsWith("</svg>")
        .contains("<title>Composition of magnet 1</title>");
    assertThat(svg.split("<text ", -1)).hasSize(composition.size() + 1);
    assertThat(svg)
        .contains(
            ">Nd 23.40 %</text>",
            ">Ni 0.45 % (coating)</text>", ">acrylic adhesive 0.10 % (glue)</text>");
  }

  @Test
  void textIsEscaped() {
    String svg =
        CompositionChart.svg(
            List.of(new Constituent("<script>", ConstituentRole.ADDITIVE, new BigDecimal("100"))),
            "a & b");

    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "a &amp; b");
  }

  @Test
  void segmentWidths_addUpToTheChartWidth() {
    String svg = CompositionChart.svg(TestData.tractionMotor().magnets().get(0).composition(), "x");

    double total =
        java.util.regex.Pattern.compile("<rect x=\"[0-9.]+\" y=\"0\" width=\"([0-9.]+)\"")
            .matcher(svg)
            .results()
            .mapToDouble(m -> Double.parseDouble(m.group(1)))
            .sum();
    assertThat(total).isCloseTo(640.0, org.assertj.core.data.Offset.offset(0.1));
  }
}
