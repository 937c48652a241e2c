package eu.remhub.plugin.hello.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import eu.remhub.plugin.hello.Greeting;
import eu.remhub.plugin.hello.GreetingStore;
import eu.remhub.plugin.hello.HelloEntitlements;
import eu.remhub.plugin.hello.HelloSettings;
import eu.remhub.plugin.hello.InvalidGreetingException;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import jakarta.annotation.security.PermitAll;

/**
 * The guestbook: the latest greetings, and a form to add one for people whose organisation holds
 * {@link HelloEntitlements#SIGN}; how many it lists is the setting {@link HelloSettings#PAGE_SIZE}.
 * A refused greeting stays in the field with the reason under it.
 */
@PermitAll
public class GreetingsView extends VerticalLayout {

  private final transient PluginContext context = PluginContexts.of(getClass());
  private final transient GreetingStore store = new GreetingStore(context);
  private final Grid<Greeting> grid = new Grid<>();
  private final TextArea message = new TextArea();
  private final Paragraph result = new Paragraph();

  /** Created by the portal's router. */
  public GreetingsView() {
    add(
        new H2(getTranslation("hello-world.title")),
        new Paragraph(getTranslation("hello-world.intro")));
    if (context.entitlements().currentUserHas(HelloEntitlements.SIGN)) {
      message.setLabel(getTranslation("hello-world.message"));
      message.setMaxLength(GreetingStore.MAX_LENGTH);
      message.setWidthFull();
      Button sign = new Button(getTranslation("hello-world.sign"), e -> sign());
      sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(message, sign, result);
    } else {
      add(new Paragraph(getTranslation("hello-world.not-entitled")));
    }
    grid.addColumn(Greeting::author)
        .setHeader(getTranslation("hello-world.author"))
        .setAutoWidth(true);
    grid.addColumn(Greeting::message)
        .setHeader(getTranslation("hello-world.greeting"))
        .setFlexGrow(1);
    grid.setEmptyStateText(getTranslation("hello-world.empty"));
    add(grid);
    refresh();
  }

  private void sign() {
    // Signed in, since the route is for signed-in people; the entitlement is checked again on save.
    if (context.currentUser().isEmpty()
        || !context.entitlements().currentUserHas(HelloEntitlements.SIGN)) {
      result.setText(getTranslation("hello-world.not-entitled"));
      return;
    }
    try {
      store.add(context.currentUser().get(), message.getValue());
      message.clear();
      message.setInvalid(false);
      result.setText(getTranslation("hello-world.signed"));
      refresh();
    } catch (InvalidGreetingException e) {
      message.setInvalid(true);
      message.setErrorMessage(getTranslation(e.key(), e.arguments()));
      result.setText("");
    }
  }

  private void refresh() {
    // Read on each refresh, so a change in the settings form applies to the next page shown.
    grid.setItems(store.latest(HelloSettings.pageSize(context.settings())));
  }

  Grid<Greeting> grid() {
    return grid;
  }

  TextArea message() {
    return message;
  }

  Paragraph result() {
    return result;
  }
}
