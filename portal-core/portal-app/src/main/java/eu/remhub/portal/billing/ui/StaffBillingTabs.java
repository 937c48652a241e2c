package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The links between the staff billing pages: dashboard, event log, plans. */
final class StaffBillingTabs {

  private StaffBillingTabs() {}

  static Nav of(Component owner, Class<? extends Component> current) {
    Nav nav = new Nav();
    nav.setId("billing-tabs");
    nav.addClassName("remhub-page-actions");
    nav.add(
        link(owner, "billing.staff.dashboard", BillingDashboardView.class, current),
        link(owner, "billing.staff.events", BillingEventsView.class, current),
        link(owner, "billing.staff.plans", PlansView.class, current));
    return nav;
  }

  private static RouterLink link(
      Component owner,
      String key,
      Class<? extends Component> target,
      Class<? extends Component> current) {
    RouterLink link = new RouterLink(owner.getTranslation(key), target);
    if (target == current) {
      link.getElement().setAttribute("aria-current", "page");
      link.getStyle().set("font-weight", "600");
    }
    return link;
  }
}
