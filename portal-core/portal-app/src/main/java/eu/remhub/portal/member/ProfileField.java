package eu.remhub.portal.member;

import java.util.Locale;

/**
 * The fields of an organisation profile whose visibility the organisation chooses. The short name
 * is always public: it is how the organisation appears anywhere at all.
 */
public enum ProfileField {
  LEGAL_NAME(FieldVisibility.PUBLIC),
  COUNTRY(FieldVisibility.PUBLIC),
  CITY(FieldVisibility.PUBLIC),
  VAT_ID(FieldVisibility.MEMBERS),
  WEBSITE(FieldVisibility.PUBLIC),
  SEGMENTS(FieldVisibility.PUBLIC),
  MATERIALS(FieldVisibility.PUBLIC),
  CAPABILITIES(FieldVisibility.MEMBERS),
  DESCRIPTION(FieldVisibility.PUBLIC),
  LOGO(FieldVisibility.PUBLIC);

  private final FieldVisibility defaultVisibility;

  ProfileField(FieldVisibility defaultVisibility) {
    this.defaultVisibility = defaultVisibility;
  }

  /** The visibility a new organisation starts with. */
  public FieldVisibility defaultVisibility() {
    return defaultVisibility;
  }

  /** The database column holding the field's visibility. */
  public String column() {
    return "vis_" + name().toLowerCase(Locale.ROOT);
  }

  /** The translation key of the field's label. */
  public String titleKey() {
    return "organisation.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
