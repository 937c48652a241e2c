package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatIdsTest {

  @ParameterizedTest
  @CsvSource({
    "DE, DE 123 456 789, DE123456789",
    "DE, 123456789, DE123456789",
    "AT, atu12345678, ATU12345678",
    "GR, EL123456789, EL123456789",
    "GR, 123456789, EL123456789",
    "FR, FR K2 834567890, FRK2834567890",
    "NL, NL861234567B01, NL861234567B01",
    "IE, IE1234567WA, IE1234567WA",
    "IE, 1A23456W, IE1A23456W",
    "ES, ES-B12345678, ESB12345678",
    "SE, SE556783201901, SE556783201901",
    "IT, IT 031.874.209.65, IT03187420965",
  })
  void wellFormedNumbers_areAcceptedInCanonicalForm(
      String country, String input, String canonical) {
    assertThat(VatIds.normalise(country, input)).contains(canonical);
  }

  @ParameterizedTest
  @CsvSource({
    "DE, DE12345678",
    "DE, FR123456789",
    "AT, AT12345678",
    "GR, GR123456789",
    "NL, NL123456789001",
    "SE, SE5567832019",
    "IT, IT1234567890",
    "PL, PL123",
    "BE, BE2123456789",
    "XX, XX123",
  })
  void malformedNumbers_areRefused(String country, String input) {
    assertThat(VatIds.normalise(country, input)).isEmpty();
  }

  @Test
  void everyMemberStateHasAFormat_andItsExampleIsWellFormed() {
    assertThat(VatIds.countries())
        .hasSize(27)
        .contains("DE", "GR", "IT", "SE")
        .doesNotContain("GB", "CH");
    for (String country : VatIds.countries()) {
      assertThat(VatIds.normalise(country, VatIds.example(country))).as(country).isPresent();
    }
  }
}
