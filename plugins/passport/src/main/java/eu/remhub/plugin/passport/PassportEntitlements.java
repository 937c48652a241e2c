package eu.remhub.plugin.passport;

import eu.remhub.plugin.passport.store.AccessPolicy;
import eu.remhub.portal.api.extension.EntitlementContributor;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import java.util.List;
import org.pf4j.Extension;

/** The entitlements staff can put into plans: restricted reads and managing passports. */
@Extension
public class PassportEntitlements implements EntitlementContributor {

  @Override
  public String id() {
    return "passport-entitlements";
  }

  @Override
  public List<EntitlementDefinition> entitlements() {
    return List.of(
        new EntitlementDefinition(
            AccessPolicy.RESTRICTED_READ,
            "Read restricted passport data",
            "Legitimate interest, such as repairers and recyclers: magnet masses and locations, full composition,"
                + " removal instructions and origins. Every such read is logged."),
        new EntitlementDefinition(
            AccessPolicy.MANAGE,
            "Manage own magnet passports",
            "Create, edit, publish, supersede and withdraw the passports of one's own organisation, record"
                + " chain-of-custody events, import and export, also through the organisation's API tokens."));
  }
}
