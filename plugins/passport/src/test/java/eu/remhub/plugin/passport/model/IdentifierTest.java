package eu.remhub.plugin.passport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void gtin13_isPaddedTo14DigitsInTheDigitalLink() {
    Identifier batch = new Identifier("3830012345120", "SV-2601-07", "");

    assertThat(batch.digitalLinkPath()).isEqualTo("/01/03830012345120/10/SV-2601-07");
    assertThat(batch.granularity()).isEqualTo(Granularity.BATCH);
    assertThat(batch.problems(Granularity.BATCH)).isEmpty();
  }

  @Test
  void wrongCheckDigit_isRefused() {
    assertThat(new Identifier("3830012345121", "B1", "").problems(Granularity.BATCH))
        .singleElement()
        .hasToString("identifier.gtin: the GTIN 3830012345121 has a wrong check digit");
  }

  @Test
  void granularityMustMatchTheParts() {
    assertThat(new Identifier("4012345670097", "", "").problems(Granularity.ITEM))
        .singleElement()
        .hasToString("granularity: a passport for an item needs a serial number");
    assertThat(new Identifier("4012345670097", "L1", "").problems(Granularity.MODEL))
        .singleElement()
        .hasToString(
            "granularity: a passport for a product model has a GTIN only, without batch or serial number");
  }

  @Test
  void batchWithSlash_isRefused() {
    assertThat(new Identifier("4012345670097", "A/B", "").problems(Granularity.BATCH))
        .extracting(Problem::field)
        .containsExactly("identifier.batch");
  }

  @Test
  void digitalLink_readsBack_fromPathOrUri() {
    assertThat(Identifier.parse("https://id.example/01/05790045678238/21/VKDD8-0117"))
        .contains(new Identifier("05790045678238", "", "VKDD8-0117"));
    assertThat(Identifier.parse("01/3830012345120/10/SV-2601-07"))
        .contains(new Identifier("03830012345120", "SV-2601-07", ""));
    assertThat(Identifier.parse("/01/4012345670097"))
        .contains(new Identifier("04012345670097", "", ""));
    assertThat(Identifier.parse("/02/4012345670097")).isEmpty();
    assertThat(Identifier.parse("/01/4012345670097/99/x")).isEmpty();
  }
}
