package eu.remhub.portal.search;

import eu.remhub.portal.api.service.Visibility;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is searching, as far as visibility goes: a visitor sees public documents; a person of a
 * member organisation (or an API token of one) also those for members, for their organisation and
 * for each entitlement the organisation holds; staff see everything.
 *
 * @param kind the kind of viewer
 * @param organisationId the organisation of a member, else 0
 * @param entitlements the entitlements the member's organisation holds
 */
public record Viewer(Kind kind, long organisationId, Set<String> entitlements) {

  /** The kinds of viewer. */
  public enum Kind {
    ANONYMOUS,
    MEMBER,
    STAFF
  }

  public Viewer {
    entitlements = entitlements == null ? Set.of() : Set.copyOf(entitlements);
    if (kind == Kind.MEMBER && organisationId <= 0) {
      throw new IllegalArgumentException("a member viewer needs an organisation");
    }
  }

  public static Viewer anonymous() {
    return new Viewer(Kind.ANONYMOUS, 0, Set.of());
  }

  public static Viewer staff() {
    return new Viewer(Kind.STAFF, 0, Set.of());
  }

  public static Viewer member(long organisationId, Set<String> entitlements) {
    return new Viewer(Kind.MEMBER, organisationId, entitlements);
  }

  /**
   * The visibility keys of the documents this viewer may see, or empty for staff, who see all.
   * Documents carry the key of their {@link Visibility}, see {@link #keyOf(Visibility)}.
   */
  public Optional<Set<String>> visibleKeys() {
    if (kind == Kind.STAFF) {
      return Optional.empty();
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(keyOf(Visibility.everyone()));
    if (kind == Kind.MEMBER) {
      keys.add(keyOf(Visibility.members()));
      keys.add(keyOf(Visibility.organisation(organisationId)));
      entitlements.forEach(e -> keys.add(keyOf(Visibility.entitlement(e))));
    }
    return Optional.of(keys);
  }

  /** The key under which a document with this visibility is indexed. */
  public static String keyOf(Visibility visibility) {
    return switch (visibility.kind()) {
      case PUBLIC -> "public";
      case MEMBERS -> "members";
      case ORGANISATION -> "org:" + visibility.value();
      case ENTITLEMENT -> "ent:" + visibility.value();
    };
  }
}
