package eu.remhub.plugin.passport.model;

/**
 * Where a passport, or one version of it, stands. A published version never changes; editing it
 * makes a new draft version, and publishing that supersedes the one before.
 */
public enum Status {
  /** Being written by its owner; not visible to anybody else. */
  DRAFT,
  /** The version in force. */
  PUBLISHED,
  /** Replaced by a newer version or, for a whole passport, by a successor passport. */
  SUPERSEDED,
  /** Taken back by its owner or by the hub; kept and shown as withdrawn. */
  WITHDRAWN;

  /**
   * Whether something in this state has been published at some point and so is public.
   *
   * @return true unless a draft
   */
  public boolean wasPublished() {
    return this != DRAFT;
  }
}
