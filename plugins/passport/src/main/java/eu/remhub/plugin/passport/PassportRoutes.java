package eu.remhub.plugin.passport;

import eu.remhub.plugin.passport.store.AccessPolicy;
import eu.remhub.plugin.passport.ui.DigitalLinkView;
import eu.remhub.plugin.passport.ui.PassportEditView;
import eu.remhub.plugin.passport.ui.PassportListView;
import eu.remhub.plugin.passport.ui.PassportManageView;
import eu.remhub.plugin.passport.ui.PassportView;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.extension.MenuEntry;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's pages: the public registry, the passport page, the GS1 Digital Link resolver path
 * that QR codes open, and the owners' pages. The public pages are open to all; what they show is
 * decided per reader on the server.
 */
@Extension
public class PassportRoutes implements RouteContributor {

  @Override
  public String id() {
    return "passport-routes";
  }

  @Override
  public List<RouteContribution> routes() {
    return List.of(
        new RouteContribution(
            "passports",
            PassportListView.class,
            Access.anonymous(),
            new MenuEntry("passport.menu", "vaadin:barcode", 450)),
        new RouteContribution("passport/:id", PassportView.class, Access.anonymous(), null),
        new RouteContribution(
            "01/:gtin/:qualifiers*", DigitalLinkView.class, Access.anonymous(), null),
        new RouteContribution(
            "passports/manage",
            PassportManageView.class,
            Access.entitlement(AccessPolicy.MANAGE),
            null),
        new RouteContribution(
            "passports/edit/:id",
            PassportEditView.class,
            Access.entitlement(AccessPolicy.MANAGE),
            null));
  }
}
