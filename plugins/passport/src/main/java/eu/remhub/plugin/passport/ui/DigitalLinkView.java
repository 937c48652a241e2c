package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.store.PassportReader;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import java.util.Optional;

/**
 * Resolves a GS1 Digital Link path ({@code /01/{gtin}}, then {@code /10/{batch}} and/or {@code
 * /21/{serial}}), as a scanned QR code opens it, to the passport page of that identifier.
 */
@AnonymousAllowed
public class DigitalLinkView extends Div implements BeforeEnterObserver {

  private final transient PluginContext context = PluginContexts.of(getClass());

  /** Created by the portal's router. */
  public DigitalLinkView() {}

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String gtin = event.getRouteParameters().get("gtin").orElse("");
    String qualifiers = String.join("/", event.getRouteParameters().getWildcard("qualifiers"));
    Optional<Long> id =
        Identifier.parse("/01/" + gtin + (qualifiers.isEmpty() ? "" : "/" + qualifiers))
            .flatMap(identifier -> new PassportReader(context).resolve(identifier));
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class, getTranslation("passport.notfound"));
      return;
    }
    event.forwardTo("passport/" + id.get());
  }
}
