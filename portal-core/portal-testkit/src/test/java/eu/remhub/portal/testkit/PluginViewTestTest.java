package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.extension.MenuEntry;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginViewTestTest extends PluginViewTest {

  PluginViewTestTest() {
    super("hello");
  }

  /** A plugin view as a plugin writes it: no @Route, context looked up. */
  @AnonymousAllowed
  public static class GreetingView extends VerticalLayout {
    final Span greeting = new Span();
    final Button audit = new Button("Record");

    public GreetingView() {
      PluginContext context = PluginContexts.of(getClass());
      greeting.setText(
          context
              .currentUser()
              .map(user -> getTranslation("hello.greeting", user.displayName()))
              .orElse(getTranslation("hello.visitor")));
      audit.addClickListener(click -> context.audit().record("hello.clicked", "greeting", ""));
      add(greeting, audit);
    }
  }

  static class HelloRoutes implements RouteContributor {
    @Override
    public String id() {
      return "hello-routes";
    }

    @Override
    public List<RouteContribution> routes() {
      return List.of(
          new RouteContribution(
              "hello",
              GreetingView.class,
              Access.anonymous(),
              new MenuEntry("hello.menu", null, 500)));
    }
  }

  @Test
  void registeredView_opensAndReadsItsContext() {
    context()
        .signIn(
            new CurrentUser(1, "ana@example.eu", "Ana", 7, Set.of(Roles.MEMBER), Locale.ENGLISH));
    register(new HelloRoutes());

    GreetingView view = navigate("hello", GreetingView.class);

    assertThat(test(view.greeting).getText()).isEqualTo("Hello, Ana");
    test(view.audit).click();
    assertThat(context().audit().entries())
        .singleElement()
        .extracting(RecordingAuditLog.Entry::personId)
        .isEqualTo(1L);
  }

  @Test
  void italianUi_showsTheItalianBundle() {
    context().signIn(new CurrentUser(1, "ana@example.eu", "Ana", 7, Set.of(), Locale.ITALIAN));
    UI.getCurrent().setLocale(Locale.ITALIAN);
    register(new HelloRoutes());

    GreetingView view = navigate("hello", GreetingView.class);

    assertThat(test(view.greeting).getText()).isEqualTo("Ciao, Ana");
  }

  @Test
  void viewByClass_opensToo() {
    register(new HelloRoutes());

    GreetingView view = navigate(GreetingView.class);

    assertThat(test(view.greeting).getText())
        .as("a key without translation")
        .isEqualTo("hello.visitor");
  }
}
