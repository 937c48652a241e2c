package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The first-run data shows a believable hub: enough organisations, countries and segments, people
 * in each.
 */
class SeedDataTest {

  private final List<Map<String, String>> organisations = SeedData.csv("seed/organisations.csv");
  private final List<Map<String, String>> people = SeedData.csv("seed/people.csv");

  @Test
  void about30Organisations_inAtLeast10EuCountries_coveringEverySegment() {
    assertThat(organisations).hasSizeGreaterThanOrEqualTo(28);
    Set<String> countries =
        organisations.stream().map(o -> o.get("country")).collect(Collectors.toSet());
    assertThat(countries).hasSizeGreaterThanOrEqualTo(10).allMatch(VatIds::isEuCountry);
    Set<ValueChainSegment> primary = EnumSet.noneOf(ValueChainSegment.class);
    organisations.forEach(o -> primary.add(ValueChainSegment.valueOf(o.get("segment"))));
    assertThat(primary).containsExactlyInAnyOrder(ValueChainSegment.values());
  }

  @Test
  void everyProfile_passesTheChecksOfARealOne() {
    for (Map<String, String> row : organisations) {
      ProfileChanges p = SeedData.profile(row);
      assertThat(VatIds.normalise(p.country(), p.vatId()))
          .as(p.shortName() + " VAT ID")
          .contains(p.vatId());
      assertThat(p.segments()).as(p.shortName()).isNotEmpty();
      assertThat(p.materials()).as(p.shortName()).isNotEmpty();
      assertThat(p.capabilities()).as(p.shortName()).isNotBlank();
      assertThat(p.website()).as(p.shortName()).startsWith("https://");
    }
    Set<Material> materials = EnumSet.noneOf(Material.class);
    organisations.forEach(o -> materials.addAll(SeedData.profile(o).materials()));
    assertThat(materials).containsExactlyInAnyOrder(Material.values());
  }

  @Test
  void everyOrganisation_hasPeople_andAnAdmin() {
    for (Map<String, String> org : organisations) {
      String name = org.get("short_name");
      List<Map<String, String>> ofOrg =
          people.stream().filter(p -> name.equals(p.get("organisation_short_name"))).toList();
      assertThat(ofOrg).as(name).isNotEmpty();
      assertThat(ofOrg).as(name + " admin").anyMatch(p -> p.get("roles").contains("ORG_ADMIN"));
    }
  }
}
