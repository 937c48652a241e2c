package eu.remhub.portal.plugin;

/**
 * The state of an installed plugin, as staff see it. Named apart from PF4J's {@code PluginState},
 * which describes one load of a jar; a plugin that PF4J reports stopped is {@link #DISABLED} here.
 */
public enum PluginStatus {
  /** Installed, not running; its data is kept. */
  DISABLED,
  /** Running: migrations applied, routes and menu entries live. */
  ENABLED,
  /** Threw while starting or its jar could not be loaded; see the last error. */
  FAILED,
  /** Its {@code Plugin-Requires} range or dependencies do not fit this portal. */
  INCOMPATIBLE
}
