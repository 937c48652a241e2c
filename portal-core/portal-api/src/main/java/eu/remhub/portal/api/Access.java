package eu.remhub.portal.api;

import java.util.Objects;

/**
 * Who may open a route or see a menu entry or widget.
 *
 * <p>The portal checks it on the server for every navigation; the plugin's view class must also
 * carry the matching standard annotation ({@code @AnonymousAllowed}, {@code @PermitAll} or
 * {@code @RolesAllowed}), so that the view stays closed even if it were registered some other way:
 * {@code @AnonymousAllowed} for {@link Kind#ANONYMOUS}, {@code @PermitAll} for {@link
 * Kind#AUTHENTICATED} and {@link Kind#ENTITLEMENT} (the portal then checks the entitlement),
 * {@code @RolesAllowed} for {@link Kind#ROLE}.
 *
 * @param kind what kind of rule
 * @param value the role or entitlement for {@link Kind#ROLE} and {@link Kind#ENTITLEMENT}, else
 *     empty
 * @since 1.0.0
 */
public record Access(Kind kind, String value) {

  /** The kinds of rule. */
  public enum Kind {
    /** Everybody, visitors included. */
    ANONYMOUS,
    /** Every signed-in person. */
    AUTHENTICATED,
    /** People who hold the role in {@link Access#value()}. */
    ROLE,
    /** People whose organisation holds the entitlement in {@link Access#value()}; staff always. */
    ENTITLEMENT
  }

  /** Validates the rule. */
  public Access {
    Objects.requireNonNull(kind, "kind");
    value = value == null ? "" : value;
    if ((kind == Kind.ROLE || kind == Kind.ENTITLEMENT) && value.isBlank()) {
      throw new IllegalArgumentException(kind + " access needs a value");
    }
  }

  /**
   * Everybody.
   *
   * @return the rule
   */
  public static Access anonymous() {
    return new Access(Kind.ANONYMOUS, "");
  }

  /**
   * Every signed-in person.
   *
   * @return the rule
   */
  public static Access authenticated() {
    return new Access(Kind.AUTHENTICATED, "");
  }

  /**
   * People with a role.
   *
   * @param role the role name, see {@link Roles}
   * @return the rule
   */
  public static Access role(String role) {
    return new Access(Kind.ROLE, role);
  }

  /**
   * People whose organisation holds an entitlement (staff always pass).
   *
   * @param entitlement the entitlement id, such as {@code pilot-calls.apply}
   * @return the rule
   */
  public static Access entitlement(String entitlement) {
    return new Access(Kind.ENTITLEMENT, entitlement);
  }
}
