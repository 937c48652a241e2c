package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.security.CurrentPerson;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every view: header with logo, the {@link HeaderContribution}s (the search box)
 * and account menu; side navigation built from core and contributed entries for the person looking.
 * When the {@link ContributedViews} change (staff enable or disable a plugin anywhere), every open
 * layout rebuilds its navigation, and a contributed view that is no longer served is left for the
 * home page.
 *
 * <p>The layout keeps the person it shows, read on this UI's own requests: such a rebuild runs on
 * the thread of whoever enabled or disabled the plugin, whose security context is theirs.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private final transient AuthenticationContext authentication;
  private final transient Navigation navigation;
  private final transient ObjectProvider<ContributedViews> contributed;
  private final transient CurrentPerson currentPerson;
  private final List<Component> headerItems;
  private final SideNav nav = new SideNav();
  private transient Runnable unsubscribe;
  private transient CurrentUser viewer;
  private boolean followingChange;

  public MainLayout(
      AuthenticationContext authentication,
      Navigation navigation,
      ObjectProvider<ContributedViews> contributed,
      CurrentPerson currentPerson,
      ObjectProvider<HeaderContribution> header) {
    this.authentication = authentication;
    this.headerItems = header.orderedStream().map(HeaderContribution::create).toList();
    this.navigation = navigation;
    this.contributed = contributed;
    this.currentPerson = currentPerson;
    this.viewer = currentPerson.get().orElse(null);
    currentPerson.get().map(CurrentUser::locale).ifPresent(this::useLocale);
    UI ui = UI.getCurrent();
    if (ui != null) {
      // <html lang> follows the language the page is shown in, for screen readers and browsers.
      ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), header());
    nav.addClassName("remhub-nav");
    nav.setId("main-nav");
    addToDrawer(nav);
    buildNav();
  }

  private void useLocale(Locale locale) {
    UI ui = UI.getCurrent();
    if (ui != null
        && PortalI18nProvider.LOCALES.contains(Locale.forLanguageTag(locale.getLanguage()))) {
      ui.setLocale(Locale.forLanguageTag(locale.getLanguage()));
    }
  }

  private Component header() {
    Anchor home = new Anchor("", new Image("themes/remhub/logo.svg", "REMHub"));
    home.addClassName("remhub-logo");

    // Contributed components (the search box) take the width that logo and account menu leave.
    HorizontalLayout header = new HorizontalLayout(home);
    headerItems.forEach(header::add);
    header.add(account());
    header.addClassName("remhub-header");
    header.setWidthFull();
    header.setAlignItems(HorizontalLayout.Alignment.CENTER);
    headerItems.stream()
        .filter(
            item ->
                !(item instanceof com.vaadin.flow.component.HasStyle styled
                    && styled.hasClassName(HeaderContribution.COMPACT)))
        .forEach(header::expand);
    return header;
  }

  private Component account() {
    MenuBar bar = new MenuBar();
    bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
    bar.addClassName("remhub-account");
    bar.setId("account-menu");
    var user = currentPerson.get();
    if (user.isEmpty()) {
      Button login =
          new Button(getTranslation("header.login"), e -> UI.getCurrent().navigate("login"));
      login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      login.setId("login-button");
      return new HorizontalLayout(themeToggle(), login);
    }
    Avatar avatar = new Avatar(user.get().displayName());
    MenuItem item = bar.addItem(avatar);
    var name = new com.vaadin.flow.component.html.Span(user.get().displayName());
    name.addClassName("remhub-account-name");
    item.add(name);
    SubMenu menu = item.getSubMenu();
    menu.addItem(getTranslation("header.logout"), e -> authentication.logout()).setId("logout");
    return new HorizontalLayout(themeToggle(), bar);
  }

  private Component themeToggle() {
    Button toggle = new Button(new Icon(VaadinIcon.ADJUST));
    toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    toggle.setAriaLabel(getTranslation("header.theme"));
    toggle.setTooltipText(getTranslation("header.theme"));
    toggle.addClickListener(
        e ->
            UI.getCurrent()
                .getPage()
                .executeJs(
                    "const html = document.documentElement; const chosen = html.getAttribute('theme');"
                        + "const dark = chosen === 'dark' || ((!chosen || chosen === 'light-dark')"
                        + " && matchMedia('(prefers-color-scheme: dark)').matches);"
                        + "html.setAttribute('theme', dark ? 'light' : 'dark');"
                        + "html.style.colorScheme = dark ? 'light' : 'dark';"
                        + "localStorage.setItem('remhub-theme', dark ? 'light' : 'dark');"));
    return toggle;
  }

  private void buildNav() {
    nav.removeAll();
    for (NavItem item : navigation.visibleItems(Optional.ofNullable(viewer))) {
      SideNavItem entry = new SideNavItem(getTranslation(item.titleKey()), "/" + item.path());
      entry.setPrefixComponent(iconOf(item.icon()));
      entry.getElement().setAttribute("data-path", item.path());
      if (!item.pluginId().isEmpty()) {
        entry.getElement().setAttribute("data-plugin", item.pluginId());
      }
      nav.addItem(entry);
    }
  }

  private static Component iconOf(String name) {
    String[] parts = name.split(":", 2);
    return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon("vaadin", name);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    UI ui = event.getUI();
    ui.getPage()
        .executeJs(
            "const t = localStorage.getItem('remhub-theme'); if (t) { document.documentElement.setAttribute('theme', t);"
                + " document.documentElement.style.colorScheme = t; }");
    List<Runnable> removers =
        contributed
            .orderedStream()
            .map(views -> views.onChange(() -> ui.access(() -> leaveIfGone(ui, views))))
            .toList();
    unsubscribe = () -> removers.forEach(Runnable::run);
  }

  private void leaveIfGone(UI ui, ContributedViews views) {
    followingChange = true;
    try {
      buildNav();
      Component content = getContent();
      if (content != null && isContributedView(content) && !views.serves(content.getClass())) {
        ui.navigate("");
      }
    } finally {
      followingChange = false;
    }
  }

  /** Contributed views come from plugin class loaders; core views never stop being served. */
  private boolean isContributedView(Component content) {
    return content.getClass().getClassLoader() != MainLayout.class.getClassLoader();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (unsubscribe != null) {
      unsubscribe.run();
    }
    super.onDetach(event);
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    // A navigation this layout starts after a plugin change runs on the thread of the staff member
    // who made it; every other navigation runs on this UI's own request and sees its person.
    if (!followingChange) {
      viewer = currentPerson.get().orElse(null);
    }
    buildNav();
  }
}
