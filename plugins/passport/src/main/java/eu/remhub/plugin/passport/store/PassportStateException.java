package eu.remhub.plugin.passport.store;

/** The passport's state does not allow the change, or it changed meanwhile. */
public class PassportStateException extends RuntimeException {

  /**
   * Creates the exception.
   *
   * @param message what stands in the way
   */
  public PassportStateException(String message) {
    super(message);
  }
}
