package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteContributionCheckTest {

  @AnonymousAllowed
  public static class PublicView extends Div {}

  @PermitAll
  public static class MembersView extends Div {}

  @RolesAllowed("reviewer")
  public static class ReviewerView extends Div {}

  @AnonymousAllowed
  @Route("self-registered")
  public static class SelfRoutedView extends Div {}

  @PermitAll
  @JsModule("./my-chart.js")
  public static class ChartView extends Div {}

  @PermitAll
  public static class NeedsArgumentView extends Div {
    public NeedsArgumentView(String argument) {}
  }

  @Test
  void viewsWithMatchingAnnotations_pass() {
    assertThat(RouteContributionCheck.problems(route(PublicView.class, Access.anonymous())))
        .isEmpty();
    assertThat(RouteContributionCheck.problems(route(MembersView.class, Access.authenticated())))
        .isEmpty();
    assertThat(
            RouteContributionCheck.problems(route(MembersView.class, Access.entitlement("x.read"))))
        .isEmpty();
    assertThat(RouteContributionCheck.problems(route(ReviewerView.class, Access.role("reviewer"))))
        .isEmpty();
  }

  @Test
  void viewWithTheWrongAccessAnnotation_isReported() {
    assertThat(RouteContributionCheck.problems(route(PublicView.class, Access.authenticated())))
        .singleElement()
        .asString()
        .contains("@PermitAll");
    assertThat(RouteContributionCheck.problems(route(ReviewerView.class, Access.role("trainer"))))
        .singleElement()
        .asString()
        .contains("@RolesAllowed(\"trainer\")");
    assertThat(RouteContributionCheck.problems(route(MembersView.class, Access.anonymous())))
        .singleElement()
        .asString()
        .contains("@AnonymousAllowed");
  }

  @Test
  void viewWithItsOwnRoute_isReported() {
    assertThat(RouteContributionCheck.problems(route(SelfRoutedView.class, Access.anonymous())))
        .singleElement()
        .asString()
        .contains("@Route");
  }

  @Test
  void viewWithItsOwnFrontendResources_isReported() {
    assertThat(RouteContributionCheck.problems(route(ChartView.class, Access.authenticated())))
        .singleElement()
        .asString()
        .contains("@JsModule");
  }

  @Test
  void viewWithoutANoArgumentConstructor_isReported() {
    assertThat(
            RouteContributionCheck.problems(route(NeedsArgumentView.class, Access.authenticated())))
        .singleElement()
        .asString()
        .contains("no-argument constructor");
  }

  @Test
  void verify_listsEveryProblemOfAContributor() {
    RouteContributor contributor =
        new RouteContributor() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public List<RouteContribution> routes() {
            return List.of(
                route(SelfRoutedView.class, Access.anonymous()),
                route(ChartView.class, Access.authenticated()));
          }
        };

    assertThatThrownBy(() -> RouteContributionCheck.verify(contributor))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("@Route")
        .hasMessageContaining("@JsModule");
  }

  private static RouteContribution route(Class<? extends Div> view, Access access) {
    return new RouteContribution("test/" + view.getSimpleName().toLowerCase(), view, access, null);
  }
}
