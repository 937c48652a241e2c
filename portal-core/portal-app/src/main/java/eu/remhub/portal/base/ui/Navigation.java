package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
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
 * The side navigation: the core views that carry {@code @Menu} (read through Vaadin's {@link
 * MenuConfiguration}, so no list of views is kept here) and the entries of {@link
 * ContributedViews}, each shown only to the people its {@link Access} admits. A core view's access
 * is that of its security annotation, the same rule that guards navigation to it.
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
    Optional<CurrentUser> user = currentPerson.get();
    List<NavItem> items = new ArrayList<>();
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      accessOf(entry.menuClass()).ifPresent(access -> items.add(coreItem(entry, access)));
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

  private static NavItem coreItem(MenuEntry entry, Access access) {
    String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
    int order = entry.order() == null ? Integer.MAX_VALUE : entry.order().intValue();
    return new NavItem(path, entry.menuClass(), entry.title(), entry.icon(), order, access, "");
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
