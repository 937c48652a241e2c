package eu.remhub.portal.plugin;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import eu.remhub.portal.security.AccessPolicy;
import eu.remhub.portal.security.CurrentPerson;
import eu.remhub.portal.security.LoginView;
import org.springframework.stereotype.Component;

/**
 * Checks every navigation to a plugin view against the {@link eu.remhub.portal.api.Access} its
 * plugin declared (entitlements included), on top of Vaadin's annotation check: visitors are sent
 * to sign in, signed-in people without access get "access denied".
 */
@Component
class PluginRouteAccessGuard implements VaadinServiceInitListener {

  private final PluginRoutes routes;
  private final AccessPolicy accessPolicy;
  private final CurrentPerson currentPerson;

  PluginRouteAccessGuard(
      PluginRoutes routes, AccessPolicy accessPolicy, CurrentPerson currentPerson) {
    this.routes = routes;
    this.accessPolicy = accessPolicy;
    this.currentPerson = currentPerson;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
  }

  void check(BeforeEnterEvent event) {
    routes
        .bindingFor(event.getNavigationTarget())
        .ifPresent(
            binding -> {
              var user = currentPerson.get();
              if (accessPolicy.admits(binding.route().access(), user)) {
                return;
              }
              if (user.isEmpty()) {
                event.rerouteTo(LoginView.class);
              } else {
                event.rerouteToError(
                    AccessDeniedException.class, "no access to /" + binding.route().path());
              }
            });
  }
}
