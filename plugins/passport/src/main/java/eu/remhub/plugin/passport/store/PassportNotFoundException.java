package eu.remhub.plugin.passport.store;

/**
 * No passport with that id, or none the caller may see: both answer the same, so ids leak nothing.
 */
public class PassportNotFoundException extends RuntimeException {

  /**
   * Creates the exception.
   *
   * @param id the id asked for
   */
  public PassportNotFoundException(long id) {
    super("There is no passport " + id);
  }

  /**
   * Creates the exception for a version missing from a passport the caller may see.
   *
   * @param id the passport
   * @param version the version asked for
   */
  public PassportNotFoundException(long id, int version) {
    super("Passport " + id + " has no version " + version);
  }
}
