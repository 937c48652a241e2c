package eu.remhub.portal.base.ui;

import eu.remhub.portal.admin.ui.AuditLogView;
import eu.remhub.portal.admin.ui.MailOutboxView;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.billing.ui.BillingDashboardView;
import eu.remhub.portal.billing.ui.OrganisationBillingView;
import eu.remhub.portal.billing.ui.PricingView;
import eu.remhub.portal.member.ui.AccountView;
import eu.remhub.portal.member.ui.AccountsView;
import eu.remhub.portal.member.ui.ApiTokensView;
import eu.remhub.portal.member.ui.ApprovalsView;
import eu.remhub.portal.member.ui.DirectoryView;
import eu.remhub.portal.member.ui.OrganisationProfileView;
import eu.remhub.portal.member.ui.PeopleView;
import eu.remhub.portal.plugin.PluginRoutes;
import eu.remhub.portal.plugin.ui.PluginsView;
import eu.remhub.portal.search.ui.SearchIndexView;
import eu.remhub.portal.security.AccessPolicy;
import eu.remhub.portal.security.CurrentPerson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The side navigation: core entries and those of enabled plugins, each shown only to the people its
 * {@link Access} admits.
 */
@Component
public class Navigation {

  private static final List<NavItem> CORE =
      List.of(
          new NavItem("", HomeView.class, "nav.home", "vaadin:home", 0, Access.anonymous(), ""),
          new NavItem("organisations", DirectoryView.class, "nav.directory", "vaadin:factory", 100, Access.anonymous(), ""),
          new NavItem("pricing", PricingView.class, "nav.pricing", "vaadin:tags", 150, Access.anonymous(), ""),
          new NavItem("organisation/profile", OrganisationProfileView.class, "profile.title", "vaadin:building", 700, Access.role(Roles.ORG_ADMIN), ""),
          new NavItem("organisation/people", PeopleView.class, "people.title", "vaadin:users", 710, Access.role(Roles.ORG_ADMIN), ""),
          new NavItem("organisation/billing", OrganisationBillingView.class, "nav.membership", "vaadin:credit-card", 720, Access.role(Roles.ORG_ADMIN), ""),
          new NavItem("account", AccountView.class, "nav.account", "vaadin:user", 790, Access.authenticated(), ""),
          new NavItem("admin/organisations", ApprovalsView.class, "nav.approvals", "vaadin:check-square-o", 880, Access.role(Roles.STAFF), ""),
          new NavItem("admin/accounts", AccountsView.class, "nav.accounts", "vaadin:user-card", 890, Access.role(Roles.STAFF), ""),
          new NavItem("admin/billing", BillingDashboardView.class, "nav.billing", "vaadin:chart", 895, Access.role(Roles.STAFF), ""),
          new NavItem("organisation/api-tokens", ApiTokensView.class, "nav.tokens", "vaadin:key", 800, Access.role(Roles.ORG_ADMIN), ""),
          new NavItem("admin/plugins", PluginsView.class, "nav.plugins", "vaadin:puzzle-piece", 900, Access.role(Roles.STAFF), ""),
          new NavItem("admin/audit", AuditLogView.class, "nav.audit", "vaadin:records", 910, Access.role(Roles.STAFF), ""),
          new NavItem("admin/mail", MailOutboxView.class, "nav.mail", "vaadin:envelopes", 920, Access.role(Roles.STAFF), ""),
          new NavItem("admin/search", SearchIndexView.class, "nav.index", "vaadin:search", 930, Access.role(Roles.STAFF), ""));

  private final PluginRoutes pluginRoutes;
  private final CurrentPerson currentPerson;
  private final AccessPolicy accessPolicy;

  public Navigation(PluginRoutes pluginRoutes, CurrentPerson currentPerson, AccessPolicy accessPolicy) {
    this.pluginRoutes = pluginRoutes;
    this.currentPerson = currentPerson;
    this.accessPolicy = accessPolicy;
    // Plugin views render inside the portal's frame, like core views.
    pluginRoutes.useLayout(MainLayout.class);
  }

  /** The entries the current person may see, in order. */
  public List<NavItem> visibleItems() {
    Optional<CurrentUser> user = currentPerson.get();
    List<NavItem> items = new ArrayList<>(CORE);
    for (PluginRoutes.Binding b : pluginRoutes.all()) {
      b.route().menuEntry().ifPresent(m -> items.add(new NavItem(
          b.route().path(), b.route().view(), m.titleKey(), m.icon(), m.order(), b.route().access(), b.pluginId())));
    }
    return items.stream()
        .filter(i -> admits(i.access(), user))
        .sorted(Comparator.comparingInt(NavItem::order).thenComparing(NavItem::path))
        .toList();
  }

  /** Whether a rule admits a person (or a visitor, when empty). */
  public boolean admits(Access access, Optional<CurrentUser> user) {
    return accessPolicy.admits(access, user);
  }
}
