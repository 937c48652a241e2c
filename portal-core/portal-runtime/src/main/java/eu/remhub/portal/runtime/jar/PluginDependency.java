package eu.remhub.portal.runtime.jar;

/**
 * A plugin another plugin names in its {@code Plugin-Dependencies}.
 *
 * @param pluginId the plugin needed
 * @param range the versions accepted, in PF4J's range syntax ({@code *} for any)
 * @param optional whether the plugin also works without it
 * @since 1.1.0
 */
public record PluginDependency(String pluginId, String range, boolean optional) {

  /** In PF4J's syntax, such as {@code training@>=1.0.0} or {@code matchmaking?@>=1.0.0}. */
  @Override
  public String toString() {
    return pluginId + (optional ? "?" : "") + "@" + range;
  }
}
