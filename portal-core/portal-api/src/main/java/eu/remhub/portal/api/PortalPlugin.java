package eu.remhub.portal.api;

import java.util.Objects;
import org.pf4j.Plugin;

/**
 * Base class of every REMHub plugin: the class named in the {@code Plugin-Class} manifest entry.
 *
 * <p>The portal creates one instance per loaded plugin and passes it the plugin's {@link
 * PluginContext}. {@link #start()} runs when staff enable the plugin (after its database migrations
 * have run) and {@link #stop()} when they disable it; both run on the portal's plugin lifecycle
 * thread, never concurrently for the same plugin. An exception thrown from {@code start()} marks
 * the plugin as failed with that error; the portal keeps serving.
 *
 * @since 1.0.0
 */
public abstract class PortalPlugin extends Plugin {

  private final PluginContext context;

  /**
   * Creates the plugin.
   *
   * @param context the services the portal offers to this plugin
   */
  protected PortalPlugin(PluginContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * Returns the services the portal offers to this plugin.
   *
   * @return the plugin's context, never {@code null}
   */
  public final PluginContext context() {
    return context;
  }
}
