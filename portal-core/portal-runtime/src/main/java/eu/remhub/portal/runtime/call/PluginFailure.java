package eu.remhub.portal.runtime.call;

/**
 * A call into plugin code that threw.
 *
 * @param pluginId the plugin whose code threw
 * @param call what the core asked of it, such as {@code dashboard widgets (com.example.Widgets)}
 * @param error what it threw
 */
public record PluginFailure(String pluginId, String call, Throwable error) {

  /**
   * One line for staff: the call, the error and, when it differs, its root cause.
   *
   * @return such as {@code search documents: IllegalStateException: index gone}
   */
  public String describe() {
    return call + ": " + PluginCalls.describe(error);
  }
}
