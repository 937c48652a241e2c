package eu.remhub.plugin.hello;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PortalPlugin;

/**
 * The plugin class that the manifest's {@code Plugin-Class} names. The portal runs the plugin's
 * migrations before {@link #start()}; the work itself happens in the extensions and the view, so
 * starting only says how many greetings there are.
 */
public class HelloWorldPlugin extends PortalPlugin {

  /**
   * Creates the plugin; the portal passes the context.
   *
   * @param context the services the portal offers
   */
  public HelloWorldPlugin(PluginContext context) {
    super(context);
  }

  @Override
  public void start() {
    log.info("Hello world started with {} greetings", new GreetingStore(context()).count());
  }
}
