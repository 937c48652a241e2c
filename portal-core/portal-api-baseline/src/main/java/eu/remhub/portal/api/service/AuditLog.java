package eu.remhub.portal.api.service;

/**
 * The portal's audit log: who did what, when. Entries written through a plugin's context carry the
 * plugin id and the current person. Thread-safe.
 *
 * @since 1.0.0
 */
public interface AuditLog {

  /**
   * Records an action.
   *
   * @param action a short verb phrase such as {@code passport.published}
   * @param target what was acted on, such as {@code passport:42}
   * @param detail free text, may be empty
   */
  void record(String action, String target, String detail);
}
