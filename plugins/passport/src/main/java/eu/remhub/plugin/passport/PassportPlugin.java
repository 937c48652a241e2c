package eu.remhub.plugin.passport;

import eu.remhub.plugin.passport.seed.DemoPassports;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalPlugin;
import java.util.List;

/**
 * The magnet passport plugin. Its work happens in its extensions and views; starting it only fills
 * empty tables with the demo passports when the portal runs with demo data.
 */
public class PassportPlugin extends PortalPlugin {

  /**
   * Creates the plugin.
   *
   * @param context the services the portal offers
   */
  public PassportPlugin(PluginContext context) {
    super(context);
  }

  @Override
  public void start() {
    if (context().demoData()) {
      List<Long> seeded = new DemoPassports(context()).seedIfEmpty();
      if (!seeded.isEmpty()) {
        log.info("Created {} demo magnet passports", seeded.size());
      }
    }
  }
}
