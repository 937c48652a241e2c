package eu.remhub.portal.billing.manual;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.billing.internal.manual.VatTreatment;
import eu.remhub.portal.billing.internal.manual.VatTreatment.Note;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EU B2B VAT table for a Belgian seller charging 21 %. */
class VatTreatmentTest {

  @ParameterizedTest(name = "{0} buyer, VAT id ''{1}'', net {2} → {3} bp, VAT {4}, {5}")
  @CsvSource({
    // buyer in the seller's country: the seller's rate, VAT id or not
    "BE, BE0123456789, 150000, 2100, 31500, NONE",
    "BE, '',           150000, 2100, 31500, NONE",
    // another member state with a VAT id: reverse charge
    "DE, DE123456789,  150000, 0,    0,     REVERSE_CHARGE",
    "GR, EL123456789,  4500,   0,    0,     REVERSE_CHARGE",
    // another member state without a VAT id: the seller's rate
    "DE, '',           150000, 2100, 31500, NONE",
    "IT, '',           4500,   2100, 945,   NONE",
    // outside the EU: outside the scope of EU VAT, with or without a tax number
    "CH, '',           600000, 0,    0,     OUTSIDE_SCOPE",
    "US, 123456789,    600000, 0,    0,     OUTSIDE_SCOPE",
    "GB, GB123456789,  600000, 0,    0,     OUTSIDE_SCOPE",
    // rounding half up to the cent
    "BE, '',           250,    2100, 53,    NONE",
    "BE, '',           50,     2100, 11,    NONE",
    "BE, '',           2,      2100, 0,     NONE",
    "BE, '',           12345,  2100, 2592,  NONE"
  })
  void euBusinessRules(
      String buyerCountry, String vatId, long net, int basisPoints, long vat, Note note) {
    VatTreatment t = VatTreatment.of("BE", new BigDecimal("21"), buyerCountry, vatId, net);

    assertThat(t.rateBasisPoints()).isEqualTo(basisPoints);
    assertThat(t.vatCents()).isEqualTo(vat);
    assertThat(t.totalCents()).isEqualTo(net + vat);
    assertThat(t.note()).isEqualTo(note);
    assertThat(t.reverseCharge()).isEqualTo(note == Note.REVERSE_CHARGE);
  }

  @ParameterizedTest
  @CsvSource({"5.5, 10000, 550, 550", "20, 333, 2000, 67", "21, 1, 2100, 0"})
  void fractionalRates_roundHalfUp(String rate, long net, int basisPoints, long vat) {
    VatTreatment t = VatTreatment.of("BE", new BigDecimal(rate), "BE", "", net);

    assertThat(t.rateBasisPoints()).isEqualTo(basisPoints);
    assertThat(t.vatCents()).isEqualTo(vat);
  }

  @ParameterizedTest
  @CsvSource({
    "true, DE, REVERSE_CHARGE",
    "false, BE, NONE",
    "false, DE, NONE",
    "false, CH, OUTSIDE_SCOPE"
  })
  void storedInvoice_noteFollowsItsFlags(boolean reverseCharge, String country, Note note) {
    assertThat(VatTreatment.noteOf(reverseCharge, country)).isEqualTo(note);
  }

  @org.junit.jupiter.api.Test
  void notes_sayWhatTheLawAsks() {
    assertThat(Note.REVERSE_CHARGE.text())
        .isEqualTo(
            "Reverse charge: VAT to be accounted for by the recipient, Art. 196 Council Directive 2006/112/EC");
    assertThat(Note.OUTSIDE_SCOPE.text()).isEqualTo("Outside the scope of EU VAT");
  }
}
