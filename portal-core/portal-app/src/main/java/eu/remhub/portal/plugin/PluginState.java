package eu.remhub.portal.plugin;

/** The state of an installed plugin, as staff see it. */
public enum PluginState {
  /** Installed, not running; its data is kept. */
  DISABLED,
  /** Running: migrations applied, routes and menu entries live. */
  ENABLED,
  /** Threw while starting or its jar could not be loaded; see the last error. */
  FAILED,
  /** Its {@code Plugin-Requires} range or dependencies do not fit this portal. */
  INCOMPATIBLE
}
