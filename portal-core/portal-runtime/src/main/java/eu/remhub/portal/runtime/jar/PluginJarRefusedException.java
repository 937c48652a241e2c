package eu.remhub.portal.runtime.jar;

/**
 * A plugin jar that the portal would not accept; the message says exactly why, in the words staff
 * see at upload, so that a plugin's author reads in a failing test what staff would read.
 *
 * @since 1.1.0
 */
public class PluginJarRefusedException extends RuntimeException {

  /**
   * Refuses a jar.
   *
   * @param reason why, for the person who tried
   */
  public PluginJarRefusedException(String reason) {
    super(reason);
  }

  /**
   * Refuses a jar because of an error that happened while reading it.
   *
   * @param reason why, for the person who tried
   * @param cause what went wrong
   */
  public PluginJarRefusedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
