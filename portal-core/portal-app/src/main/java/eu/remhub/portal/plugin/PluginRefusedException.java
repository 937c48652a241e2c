package eu.remhub.portal.plugin;

/** A plugin jar or action was refused; the message says exactly why, for the person who tried. */
public class PluginRefusedException extends RuntimeException {

  public PluginRefusedException(String message) {
    super(message);
  }

  public PluginRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
