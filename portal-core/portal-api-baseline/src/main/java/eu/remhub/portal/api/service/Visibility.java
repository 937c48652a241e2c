package eu.remhub.portal.api.service;

import java.util.Objects;

/**
 * Who may find a search document. The search applies it inside the query, so a hidden document
 * never shows, not even in facet counts.
 *
 * @param kind the kind of rule
 * @param value the organisation id for {@link Kind#ORGANISATION}, the entitlement for {@link
 *     Kind#ENTITLEMENT}, else empty
 * @since 1.0.0
 */
public record Visibility(Kind kind, String value) {

  /** The kinds of rule. */
  public enum Kind {
    /** Everybody. */
    PUBLIC,
    /** Signed-in people of member organisations. */
    MEMBERS,
    /** People of one organisation (and staff). */
    ORGANISATION,
    /** People whose organisation holds an entitlement (and staff). */
    ENTITLEMENT
  }

  /** Validates the rule. */
  public Visibility {
    Objects.requireNonNull(kind, "kind");
    value = value == null ? "" : value;
  }

  /**
   * Everybody.
   *
   * @return the rule
   */
  public static Visibility everyone() {
    return new Visibility(Kind.PUBLIC, "");
  }

  /**
   * Members only.
   *
   * @return the rule
   */
  public static Visibility members() {
    return new Visibility(Kind.MEMBERS, "");
  }

  /**
   * One organisation.
   *
   * @param organisationId the organisation
   * @return the rule
   */
  public static Visibility organisation(long organisationId) {
    return new Visibility(Kind.ORGANISATION, Long.toString(organisationId));
  }

  /**
   * Holders of an entitlement.
   *
   * @param entitlement the entitlement id
   * @return the rule
   */
  public static Visibility entitlement(String entitlement) {
    return new Visibility(Kind.ENTITLEMENT, entitlement);
  }
}
