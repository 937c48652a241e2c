package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganisationProfileTest {

  private static OrganisationProfile profile() {
    Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(ProfileField.class);
    for (ProfileField f : ProfileField.values()) {
      visibility.put(f, FieldVisibility.PUBLIC);
    }
    visibility.put(ProfileField.VAT_ID, FieldVisibility.MEMBERS);
    visibility.put(ProfileField.CAPABILITIES, FieldVisibility.PRIVATE);
    return new OrganisationProfile(
        7,
        "Test",
        "Test GmbH",
        "DE",
        "Aachen",
        "DE123456789",
        "https://test.example",
        EnumSet.of(ValueChainSegment.RECYCLING),
        EnumSet.of(Material.NDFEB),
        "secret capacity",
        "what we do",
        true,
        OrganisationProfile.APPROVED,
        null,
        visibility,
        Instant.EPOCH);
  }

  @Test
  void visitors_seePublicFieldsOnly() {
    OrganisationProfile seen = profile().seenBy(Audience.VISITOR);
    assertThat(seen.legalName()).isEqualTo("Test GmbH");
    assertThat(seen.vatId()).isNull();
    assertThat(seen.capabilities()).isNull();
    assertThat(seen.visibility()).isEmpty();
  }

  @Test
  void members_seeMembersOnlyFields_butNotPrivateOnes() {
    OrganisationProfile seen = profile().seenBy(Audience.MEMBER);
    assertThat(seen.vatId()).isEqualTo("DE123456789");
    assertThat(seen.capabilities()).isNull();
  }

  @Test
  void insiders_seeEverything() {
    assertThat(profile().seenBy(Audience.INSIDER).capabilities()).isEqualTo("secret capacity");
  }
}
