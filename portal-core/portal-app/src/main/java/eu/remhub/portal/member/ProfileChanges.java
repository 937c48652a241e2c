package eu.remhub.portal.member;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What an organisation admin (or staff) submits for a profile. Checked by {@link
 * OrganisationService}; field names in problems are the component names of this record.
 */
public record ProfileChanges(
    String legalName,
    String shortName,
    String country,
    String city,
    String vatId,
    String website,
    Set<ValueChainSegment> segments,
    Set<Material> materials,
    String capabilities,
    String description,
    Map<ProfileField, FieldVisibility> visibility) {

  public ProfileChanges {
    segments =
        segments == null || segments.isEmpty()
            ? EnumSet.noneOf(ValueChainSegment.class)
            : EnumSet.copyOf(segments);
    materials =
        materials == null || materials.isEmpty()
            ? EnumSet.noneOf(Material.class)
            : EnumSet.copyOf(materials);
    Map<ProfileField, FieldVisibility> all = new EnumMap<>(ProfileField.class);
    for (ProfileField f : ProfileField.values()) {
      all.put(
          f,
          visibility == null
              ? f.defaultVisibility()
              : visibility.getOrDefault(f, f.defaultVisibility()));
    }
    visibility = all;
  }

  /** The current profile, to edit. */
  public static ProfileChanges of(OrganisationProfile p) {
    return new ProfileChanges(
        p.legalName(),
        p.shortName(),
        p.country(),
        p.city(),
        p.vatId(),
        p.website(),
        p.segments(),
        p.materials(),
        p.capabilities(),
        p.description(),
        p.visibility());
  }
}
