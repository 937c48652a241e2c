package eu.remhub.portal.member;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * An organisation's profile. As returned to a viewer, fields the viewer may not see are {@code
 * null}, and the visibility settings and rejection reason are there for insiders only.
 *
 * @param id the id
 * @param shortName the name people use; always public
 * @param legalName the registered name
 * @param country ISO 3166-1 alpha-2 code
 * @param city the city
 * @param vatId the VAT number in canonical form, or ""
 * @param website the website, or ""
 * @param segments the value-chain segments
 * @param materials the materials and magnet families of interest
 * @param capabilities what it can offer partners
 * @param description what it does
 * @param hasLogo whether a logo is stored (null when hidden)
 * @param status PENDING, APPROVED, REJECTED or ERASED
 * @param rejectionReason why staff rejected it, or null
 * @param visibility who may see each field
 * @param createdAt when it registered
 */
public record OrganisationProfile(
    long id,
    String shortName,
    String legalName,
    String country,
    String city,
    String vatId,
    String website,
    Set<ValueChainSegment> segments,
    Set<Material> materials,
    String capabilities,
    String description,
    Boolean hasLogo,
    String status,
    String rejectionReason,
    Map<ProfileField, FieldVisibility> visibility,
    Instant createdAt) {

  public static final String PENDING = "PENDING";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
  public static final String ERASED = "ERASED";

  /** Who may see a field. */
  public FieldVisibility visibilityOf(ProfileField field) {
    return visibility.getOrDefault(field, field.defaultVisibility());
  }

  public boolean approved() {
    return APPROVED.equals(status);
  }

  /** This profile as an audience may see it. */
  public OrganisationProfile seenBy(Audience audience) {
    if (audience == Audience.INSIDER) {
      return this;
    }
    return new OrganisationProfile(
        id,
        shortName,
        shown(ProfileField.LEGAL_NAME, audience) ? legalName : null,
        shown(ProfileField.COUNTRY, audience) ? country : null,
        shown(ProfileField.CITY, audience) ? city : null,
        shown(ProfileField.VAT_ID, audience) ? vatId : null,
        shown(ProfileField.WEBSITE, audience) ? website : null,
        shown(ProfileField.SEGMENTS, audience) ? segments : null,
        shown(ProfileField.MATERIALS, audience) ? materials : null,
        shown(ProfileField.CAPABILITIES, audience) ? capabilities : null,
        shown(ProfileField.DESCRIPTION, audience) ? description : null,
        shown(ProfileField.LOGO, audience) ? hasLogo : null,
        status,
        null,
        new EnumMap<>(ProfileField.class),
        createdAt);
  }

  private boolean shown(ProfileField field, Audience audience) {
    return visibilityOf(field).visibleTo(audience);
  }
}
