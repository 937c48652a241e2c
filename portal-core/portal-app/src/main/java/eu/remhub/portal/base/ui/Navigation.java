package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.MenuData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.security.AccessPolicy;
import eu.remhub.portal.security.CurrentPerson;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The side navigation: the core views that carry {@code @Menu} (read from the application's route
 * registry, so no list of views is kept here) and the entries of {@link ContributedViews}, each
 * shown only to the people its {@link Access} admits. A core view's access is that of its security
 * annotation, the same rule that guards navigation to it.
 *
 * <p>The routes are read from {@link RouteConfiguration#getAvailableRoutes()} rather than through
 * Vaadin's {@code MenuConfiguration}: that one filters by the current HTTP request and answers an
 * empty menu inside {@code UI.access}, where the layouts of every open UI rebuild their menu when
 * staff enable or disable a plugin.
 */
@org.springframework.stereotype.Component
public class Navigation {

  private final ObjectProvider<ContributedViews> contributed;
  private final CurrentPerson currentPerson;
  private final AccessPolicy accessPolicy;

  public Navigation(
      ObjectProvider<ContributedViews> contributed,
      CurrentPerson currentPerson,
      AccessPolicy accessPolicy) {
    this.contributed = contributed;
    this.currentPerson = currentPerson;
    this.accessPolicy = accessPolicy;
  }

  /** The entries the current person may see, in order. Needs the current UI. */
  public List<NavItem> visibleItems() {
    return visibleItems(currentPerson.get());
  }

  /**
   * The entries a given person (or a visitor, when empty) may see, in order. Layouts rebuilding
   * their menu inside {@code UI.access} pass the person they show, because the thread that runs the
   * access holds the security context of whoever caused the change, not theirs.
   */
  public List<NavItem> visibleItems(Optional<CurrentUser> user) {
    List<NavItem> items = new ArrayList<>();
    for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
      MenuData menu = route.getMenuData();
      if (menu == null || menu.isExclude()) {
        continue;
      }
      accessOf(route.getNavigationTarget())
          .ifPresent(access -> items.add(coreItem(route, menu, access)));
    }
    contributed.orderedStream().forEach(views -> items.addAll(views.menuEntries()));
    return items.stream()
        .filter(i -> admits(i.access(), user))
        .sorted(Comparator.comparingInt(NavItem::order).thenComparing(NavItem::path))
        .toList();
  }

  /** Whether a rule admits a person (or a visitor, when empty). */
  public boolean admits(Access access, Optional<CurrentUser> user) {
    return accessPolicy.admits(access, user);
  }

  private static NavItem coreItem(RouteData route, MenuData menu, Access access) {
    String path =
        route.getTemplate().startsWith("/")
            ? route.getTemplate().substring(1)
            : route.getTemplate();
    int order = menu.getOrder() == null ? Integer.MAX_VALUE : menu.getOrder().intValue();
    String title = menu.getTitle() == null ? path : menu.getTitle();
    return new NavItem(path, route.getNavigationTarget(), title, menu.getIcon(), order, access, "");
  }

  /**
   * The access rule a core view's security annotation states; none for a view that is open to
   * nobody (or to several roles, which no core view is), so that it stays out of the menu.
   */
  static Optional<Access> accessOf(Class<? extends Component> view) {
    if (view.isAnnotationPresent(AnonymousAllowed.class)) {
      return Optional.of(Access.anonymous());
    }
    if (view.isAnnotationPresent(PermitAll.class)) {
      return Optional.of(Access.authenticated());
    }
    RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
    if (roles != null && roles.value().length == 1) {
      return Optional.of(Access.role(roles.value()[0]));
    }
    return Optional.empty();
  }
}
