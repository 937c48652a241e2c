package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.plugin.passport.store.PassportDocument;
import eu.remhub.plugin.passport.store.PassportReader;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The public passport page at {@code passport/:id}, also reached through the Digital Link path.
 * Open to everybody; what it shows depends on the reader's tier, decided on the server. Owners and
 * authorities may add {@code ?version=n} to see an older version or the draft.
 */
@AnonymousAllowed
public class PassportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final transient PluginContext context = PluginContexts.of(getClass());
  private PassportPage page;

  /** Created by the portal's router. */
  public PassportView() {
    setPadding(false);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<PassportDocument> document =
        id(event.getRouteParameters().get("id").orElse(""))
            .flatMap(
                id -> new PassportReader(context).read(Viewer.ofPage(context), id, version(event)));
    if (document.isEmpty()) {
      event.rerouteToError(NotFoundException.class, getTranslation("passport.notfound"));
      return;
    }
    page =
        new PassportPage(
            document.get(), PublicLinks.digitalLink(context, document.get().digitalLink()));
    add(page);
  }

  /**
   * The page shown, once navigated to.
   *
   * @return the page
   */
  public PassportPage page() {
    return page;
  }

  @Override
  public String getPageTitle() {
    return page == null
        ? getTranslation("passport.menu")
        : getTranslation("passport.page.browser-title", page.document().digitalLink());
  }

  private static Optional<Long> id(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static OptionalInt version(BeforeEnterEvent event) {
    List<String> values =
        event.getLocation().getQueryParameters().getParameters().getOrDefault("version", List.of());
    try {
      return values.isEmpty()
          ? OptionalInt.empty()
          : OptionalInt.of(Integer.parseInt(values.get(0)));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
