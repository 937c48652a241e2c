package eu.remhub.portal.security;

import static eu.remhub.portal.TestSupport.Persona.ANONYMOUS;
import static eu.remhub.portal.TestSupport.Persona.MEMBER;
import static eu.remhub.portal.TestSupport.Persona.ORG_ADMIN;
import static eu.remhub.portal.TestSupport.Persona.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.plugin.PluginService;
import eu.remhub.portal.plugin.TestPlugins;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every Vaadin route of the running portal, core and plugin, against one table of who may open it.
 * A new route fails here until someone decides who may see it and writes that down in {@link
 * #EXPECTED}.
 */
@PortalIntegrationTest
class RouteAccessIT extends SpringBrowserlessTest {

  private static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);
  private static final Set<Persona> SIGNED_IN = EnumSet.of(MEMBER, ORG_ADMIN, STAFF);
  private static final Set<Persona> STAFF_ONLY = EnumSet.of(STAFF);

  /** Route template → the personas who may open it; everyone else must be refused. */
  private static final Map<String, Set<Persona>> EXPECTED =
      Map.ofEntries(
          Map.entry("", EVERYONE),
          Map.entry("login", EVERYONE),
          Map.entry("admin/plugins", STAFF_ONLY),
          Map.entry("admin/audit", STAFF_ONLY),
          Map.entry("admin/mail", STAFF_ONLY),
          // an organisation's own tokens; staff belong to no organisation
          Map.entry("organisation/api-tokens", EnumSet.of(ORG_ADMIN)),
          // the hello test plugin declares Access.authenticated()
          Map.entry("hello", SIGNED_IN),
          // registration and the pages mail links lead to: for anyone with the link
          Map.entry("register", EVERYONE),
          Map.entry("verify-email", EVERYONE),
          Map.entry("forgot-password", EVERYONE),
          Map.entry("reset-password", EVERYONE),
          // the member directory and profile pages; each field shows as its visibility allows
          Map.entry("organisations", EVERYONE),
          Map.entry("organisations/:id", EVERYONE),
          // an organisation's own profile and people, for its admins; staff have no organisation
          Map.entry("organisation/profile", EnumSet.of(ORG_ADMIN)),
          Map.entry("organisation/people", EnumSet.of(ORG_ADMIN)),
          // one's own account, data export and erasure
          Map.entry("account", SIGNED_IN),
          // one's own in-portal notifications
          Map.entry("notifications", SIGNED_IN),
          // approvals of new organisations; accounts, their export and erasure on request
          Map.entry("admin/organisations", STAFF_ONLY),
          Map.entry("admin/accounts", STAFF_ONLY),
          // search results: everyone, each hit filtered by what the person may see
          Map.entry("search", EVERYONE),
          // index status and rebuild
          Map.entry("admin/search", STAFF_ONLY),
          // the plans side by side, for anyone deciding whether to join
          Map.entry("pricing", EVERYONE),
          // an organisation's own membership, invoices and the return from Stripe Checkout: its
          // admins
          Map.entry("organisation/billing", EnumSet.of(ORG_ADMIN)),
          Map.entry("organisation/billing/return", EnumSet.of(ORG_ADMIN)),
          // billing dashboard, Stripe event log, plans with their entitlements
          Map.entry("admin/billing", STAFF_ONLY),
          Map.entry("admin/billing/events", STAFF_ONLY),
          Map.entry("admin/billing/plans", STAFF_ONLY));

  private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
      List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

  @Autowired PluginService plugins;
  @Autowired Accounts accounts;
  @Autowired WebApplicationContext web;

  @BeforeEach
  void enableHelloPlugin() throws IOException {
    accounts.signIn(STAFF);
    if (plugins.find("hello").isEmpty()) {
      Path jar = TestPlugins.hello("1.0.0", "Hi");
      try (InputStream in = Files.newInputStream(jar)) {
        plugins.upload(jar.getFileName().toString(), in);
      }
    }
    plugins.enable("hello");
  }

  @AfterEach
  void uninstallHelloPlugin() {
    accounts.signIn(STAFF);
    if (plugins.find("hello").isPresent()) {
      plugins.uninstall("hello", true);
    }
    SecurityContextHolder.clearContext();
  }

  @Test
  void everyRegisteredRoute_hasARowInTheAccessTable_andEveryRowARoute() {
    Set<String> inViewTests = registeredRoutes().keySet();
    Set<String> inServlet = servletRoutes().keySet();
    Set<String> registered = new TreeSet<>(inViewTests);
    registered.addAll(inServlet);

    Set<String> missing = new TreeSet<>(registered);
    missing.removeAll(EXPECTED.keySet());
    assertThat(missing)
        .as(
            "Routes without a row in RouteAccessIT.EXPECTED. Add each one, deciding who may see it;"
                + " then give its view the matching @AnonymousAllowed, @PermitAll or @RolesAllowed")
        .isEmpty();
    Set<String> stale = new TreeSet<>(EXPECTED.keySet());
    stale.removeAll(registered);
    assertThat(stale)
        .as("Rows of RouteAccessIT.EXPECTED whose route is no longer registered: remove them")
        .isEmpty();
    assertThat(new TreeSet<>(inViewTests))
        .as("The running portal's servlet and the view tests must know the same routes")
        .isEqualTo(new TreeSet<>(inServlet));
  }

  @ParameterizedTest
  @EnumSource(Persona.class)
  void eachPersona_opensExactlyTheRoutesTheTableAllows(Persona persona) {
    accounts.signIn(persona);
    List<String> wrong = new ArrayList<>();

    registeredRoutes()
        .forEach(
            (route, view) -> {
              UI.getCurrent().navigate(withSampleParameters(route));
              Class<?> shown = getCurrentView().getClass();
              boolean opened = shown == view;
              boolean allowed = EXPECTED.getOrDefault(route, Set.of()).contains(persona);
              if (opened != allowed) {
                wrong.add(
                    "/%s should be %s but was %s (shown: %s)"
                        .formatted(
                            route,
                            allowed ? "opened" : "refused",
                            opened ? "opened" : "refused",
                            shown.getName()));
              } else if (!opened && persona == ANONYMOUS && shown != LoginView.class) {
                wrong.add(
                    "/%s refused a visitor without asking to sign in (shown: %s)"
                        .formatted(route, shown.getName()));
              } else if (!opened
                  && persona != ANONYMOUS
                  && !HasErrorParameter.class.isAssignableFrom(shown)) {
                wrong.add(
                    "/%s refused %s with %s instead of an error view"
                        .formatted(route, persona, shown.getName()));
              }
            });

    assertThat(wrong).as("Route access for %s", persona).isEmpty();
  }

  /** A route template with its parameters filled in by records that exist. */
  private String withSampleParameters(String route) {
    return route.equals("organisations/:id")
        ? "organisations/" + accounts.organisation("Test Magnetics", "DE")
        : route;
  }

  @Test
  void everyRouteView_statesWhoMayOpenIt_withExactlyOneAccessAnnotation() {
    List<String> wrong = new ArrayList<>();
    registeredRoutes()
        .forEach(
            (route, view) -> {
              List<String> found =
                  ACCESS_ANNOTATIONS.stream()
                      .filter(view::isAnnotationPresent)
                      .map(a -> "@" + a.getSimpleName())
                      .toList();
              if (found.size() != 1) {
                wrong.add(
                    "/%s → %s carries %s"
                        .formatted(route, view.getName(), found.isEmpty() ? "none" : found));
              }
            });

    assertThat(wrong)
        .as(
            "Each route's view class must carry exactly one of @AnonymousAllowed, @PermitAll,"
                + " @RolesAllowed, @DenyAll")
        .isEmpty();
    assertThat(registeredRoutes()).containsEntry("login", LoginView.class);
    assertThat(LoginView.class).hasAnnotation(AnonymousAllowed.class);
  }

  @Test
  void sideNavigation_showsEachPersonaExactlyTheRoutesTheTableAllows() {
    Map<Persona, Set<String>> shown = new EnumMap<>(Persona.class);
    for (Persona persona : Persona.values()) {
      accounts.signIn(persona);
      // Through the login page, which has no layout, so that the home page gets a fresh frame.
      UI.getCurrent().navigate("login");
      UI.getCurrent().navigate("");
      shown.put(persona, navPaths());
    }
    Set<String> inNav =
        shown.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));

    assertThat(inNav)
        .as("Every navigation entry leads to a registered route")
        .isSubsetOf(registeredRoutes().keySet());
    assertThat(inNav).as("The hello plugin's entry is in the navigation").contains("hello");
    for (Persona persona : Persona.values()) {
      Set<String> allowed =
          inNav.stream()
              .filter(path -> EXPECTED.getOrDefault(path, Set.of()).contains(persona))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(shown.get(persona)).as("Side navigation of %s", persona).isEqualTo(allowed);
    }
  }

  /** Route templates and aliases of the view test's registry, with their view classes. */
  private static Map<String, Class<? extends Component>> registeredRoutes() {
    return routesOf(RouteConfiguration.forApplicationScope());
  }

  /** The same, from the registry of the portal's real Vaadin servlet. */
  private Map<String, Class<? extends Component>> servletRoutes() {
    var registry =
        ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()));
    return routesOf(RouteConfiguration.forRegistry(registry));
  }

  private static Map<String, Class<? extends Component>> routesOf(RouteConfiguration config) {
    Map<String, Class<? extends Component>> routes = new TreeMap<>();
    for (RouteData route : config.getAvailableRoutes()) {
      Stream.<RouteBaseData<?>>concat(Stream.of(route), route.getRouteAliases().stream())
          .forEach(r -> routes.put(r.getTemplate(), r.getNavigationTarget()));
    }
    return routes;
  }

  private Set<String> navPaths() {
    return $(SideNavItem.class).all().stream()
        .map(SideNavItem::getPath)
        .map(p -> p.replaceFirst("^/", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
