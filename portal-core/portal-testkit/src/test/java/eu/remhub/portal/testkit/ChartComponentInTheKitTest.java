package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import eu.remhub.portal.api.service.Chart;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartComponentInTheKitTest extends PluginViewTest {

  ChartComponentInTheKitTest() {
    super("pilot-calls");
  }

  @Test
  void component_isAnImageWithTheTitleAsTextAlternativeAndTheSizeAsked() {
    Chart chart =
        Chart.builder("Reported value and target")
            .categories(List.of("Q1", "Q2"))
            .bars("Reported", List.of(12.0, 18.5))
            .line("Target", List.of(30.0, 30.0))
            .build();

    Component component = context().charts().component(chart, 640, 360);
    UI.getCurrent().add(component);

    assertThat(component).isInstanceOf(Image.class);
    Image image = (Image) component;
    assertThat(image.getAlt()).contains("Reported value and target");
    assertThat(image.getWidth()).isEqualTo("640px");
    assertThat(image.getHeight()).isEqualTo("360px");
    assertThat(image.getSrc()).isNotBlank();
  }
}
