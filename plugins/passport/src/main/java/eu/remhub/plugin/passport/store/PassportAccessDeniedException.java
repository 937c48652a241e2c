package eu.remhub.plugin.passport.store;

/** The caller may read the passport but not do what they asked. */
public class PassportAccessDeniedException extends RuntimeException {

  /**
   * Creates the exception.
   *
   * @param message what the caller may not do, and who may
   */
  public PassportAccessDeniedException(String message) {
    super(message);
  }
}
