package eu.remhub.portal.api;

/**
 * Names of the core roles. Role names are case-sensitive; plugins may define further roles (for
 * example {@code trainer} or {@code reviewer}), which staff then grant to people.
 *
 * @since 1.0.0
 */
public final class Roles {

  /** A person who belongs to an approved member organisation. */
  public static final String MEMBER = "MEMBER";

  /** A person who manages their organisation's profile, people and membership. */
  public static final String ORG_ADMIN = "ORG_ADMIN";

  /** Hub staff: approvals, plans, plugins, moderation. */
  public static final String STAFF = "STAFF";

  private Roles() {}
}
