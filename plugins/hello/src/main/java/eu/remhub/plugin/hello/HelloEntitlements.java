package eu.remhub.plugin.hello;

import eu.remhub.portal.api.extension.EntitlementContributor;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import java.util.List;
import org.pf4j.Extension;

/** What staff can grant through a plan: signing the guestbook. Reading it needs only a sign-in. */
@Extension
public class HelloEntitlements implements EntitlementContributor {

  /** The entitlement that lets an organisation's people sign the guestbook. */
  public static final String SIGN = "hello-world.sign";

  @Override
  public String id() {
    return "hello-world-entitlements";
  }

  @Override
  public List<EntitlementDefinition> entitlements() {
    return List.of(
        new EntitlementDefinition(
            SIGN,
            "Sign the guestbook",
            "Write greetings in the hello-world guestbook that every member can read."));
  }
}
