package eu.remhub.portal.member;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Who may see one field of an organisation's profile. */
public enum FieldVisibility {
  /** Everybody, visitors included. */
  PUBLIC,
  /** Signed-in people of approved member organisations. */
  MEMBERS,
  /** The organisation's own people and hub staff. */
  PRIVATE;

  /** The translation key of the level's name. */
  public String titleKey() {
    return "visibility." + name().toLowerCase(Locale.ROOT);
  }

  /** Whether someone of this audience sees a field at this level. */
  public boolean visibleTo(Audience audience) {
    return levelsFor(audience).contains(this);
  }

  /** The levels an audience sees. */
  public static Set<FieldVisibility> levelsFor(Audience audience) {
    return switch (audience) {
      case VISITOR -> EnumSet.of(PUBLIC);
      case MEMBER -> EnumSet.of(PUBLIC, MEMBERS);
      case INSIDER -> EnumSet.allOf(FieldVisibility.class);
    };
  }
}
