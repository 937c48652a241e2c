package eu.remhub.portal.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import eu.remhub.portal.api.Access;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ContributionBuildersTest {

  /** A view class; the builders never instantiate it. */
  static final class CoursesView extends Component {}

  @Test
  void routeBuilder_makesTheSameContributionAsTheConstructor() {
    RouteContribution built =
        RouteContribution.builder("training/:id?", CoursesView.class)
            .access(Access.entitlement("training.view"))
            .menu("training.menu", "vaadin:academy-cap", 350)
            .build();

    assertThat(built)
        .isEqualTo(
            new RouteContribution(
                "training/:id?",
                CoursesView.class,
                Access.entitlement("training.view"),
                new MenuEntry("training.menu", "vaadin:academy-cap", 350)));
  }

  @Test
  void routeBuilder_withoutMenu_hasNoEntry() {
    RouteContribution built =
        RouteContribution.builder("training", CoursesView.class)
            .access(Access.authenticated())
            .build();

    assertThat(built.menuEntry()).isEmpty();
  }

  @Test
  void routeBuilder_validatesAsTheConstructorDoes() {
    assertThatThrownBy(() -> RouteContribution.builder("training", CoursesView.class).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("access");
    assertThatThrownBy(
            () ->
                RouteContribution.builder("/Training", CoursesView.class)
                    .access(Access.anonymous())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/Training");
  }

  @Test
  void widgetBuilder_makesTheSameWidgetAsTheConstructor() {
    Supplier<Component> content = () -> new Text("3 open calls");

    DashboardWidget built =
        DashboardWidget.builder("open-calls", content)
            .titleKey("calls.widget")
            .access(Access.authenticated())
            .order(20)
            .build();

    assertThat(built)
        .isEqualTo(
            new DashboardWidget("open-calls", "calls.widget", Access.authenticated(), 20, content));
  }

  @Test
  void widgetBuilder_withoutTitle_isRefused() {
    assertThatThrownBy(
            () ->
                DashboardWidget.builder("w", () -> new Text("")).access(Access.anonymous()).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("titleKey");
  }
}
