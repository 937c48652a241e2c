package eu.remhub.plugin.hello.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import eu.remhub.plugin.hello.GreetingStore;
import eu.remhub.plugin.hello.HelloEntitlements;
import eu.remhub.plugin.hello.HelloRoutes;
import eu.remhub.plugin.hello.HelloSearch;
import eu.remhub.plugin.hello.HelloSettings;
import eu.remhub.plugin.hello.HelloWidget;
import eu.remhub.plugin.hello.People;
import eu.remhub.portal.testkit.PluginViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guestbook page as a person sees it, in a browserless Vaadin session. */
class GreetingsViewTest extends PluginViewTest {

  GreetingsViewTest() {
    super("hello-world");
  }

  @BeforeEach
  void setUp() {
    context().migrate();
    context().addOrganisation(People.SIGNING).addOrganisation(People.READING);
    context().grant(People.SIGNING.id(), HelloEntitlements.SIGN);
    context().search().declareTypes(new HelloSearch(context()).types());
    context().declareSettings(new HelloSettings());
    register(new HelloRoutes());
  }

  @Test
  void entitledPerson_signsTheGuestbook_andSeesTheGreetingListed() {
    context().signIn(People.WRITER);
    GreetingsView view = navigate(HelloRoutes.PATH, GreetingsView.class);

    test(view.message()).setValue("Hello from Celje");
    test($(Button.class).withText("Sign the guestbook").single()).click();

    assertThat(view.result().getText()).isEqualTo("Thank you, your greeting is in the guestbook.");
    assertThat(test(view.grid()).size()).isEqualTo(1);
    assertThat(test(view.grid()).getCellText(0, 1)).isEqualTo("Hello from Celje");
    assertThat(view.message().getValue()).isEmpty();
  }

  @Test
  void overlongGreeting_isRefusedWithTheReason_andTheFieldKeepsWhatWasTyped() {
    context().signIn(People.WRITER);
    GreetingsView view = navigate(HelloRoutes.PATH, GreetingsView.class);
    String tooLong = "x".repeat(GreetingStore.MAX_LENGTH + 1);

    view.message().setValue(tooLong);
    test($(Button.class).withText("Sign the guestbook").single()).click();

    assertThat(view.message().isInvalid()).isTrue();
    assertThat(view.message().getErrorMessage())
        .isEqualTo("A greeting has at most 280 characters; this one has 281.");
    assertThat(view.message().getValue()).isEqualTo(tooLong);
    assertThat(new GreetingStore(context()).count()).isZero();
  }

  @Test
  void personWithoutTheEntitlement_readsButCannotSign() {
    new GreetingStore(context()).add(People.WRITER, "Hello from Celje");
    context().signIn(People.READER);

    GreetingsView view = navigate(HelloRoutes.PATH, GreetingsView.class);

    assertThat($(Button.class).withText("Sign the guestbook").exists()).isFalse();
    assertThat($(Paragraph.class).all())
        .extracting(Paragraph::getText)
        .contains(
            "Your organisation's plan does not include signing the guestbook; you can still read it.");
    assertThat(test(view.grid()).size()).isEqualTo(1);
  }

  @Test
  void page_listsAsManyOfTheNewestGreetingsAsTheSettingSays() {
    GreetingStore store = new GreetingStore(context());
    store.add(People.WRITER, "First");
    store.add(People.WRITER, "Second");
    store.add(People.WRITER, "Third");
    context().settings().put(HelloSettings.PAGE_SIZE, "2");
    context().signIn(People.READER);

    GreetingsView view = navigate(HelloRoutes.PATH, GreetingsView.class);

    assertThat(test(view.grid()).size()).isEqualTo(2);
    assertThat(test(view.grid()).getCellText(0, 1)).isEqualTo("Third");
    assertThat(test(view.grid()).getCellText(1, 1)).isEqualTo("Second");
  }

  @Test
  void dashboardWidget_showsTheLatestGreeting_orSaysThereIsNone() {
    context().signIn(People.READER);
    HelloWidget widget = new HelloWidget(context());

    assertThat(((Paragraph) widget.widgets().get(0).content().get()).getText())
        .isEqualTo("Nobody has signed the guestbook yet.");
    new GreetingStore(context()).add(People.WRITER, "Hello from Celje");
    assertThat(((Paragraph) widget.widgets().get(0).content().get()).getText())
        .isEqualTo("“Hello from Celje” (Mojca Novak)");
  }
}
