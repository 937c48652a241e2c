package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.member.VatIds;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How VAT applies to a membership sold by a seller in one EU member state to a business (EU B2B
 * services, general rule of Art. 44 and 196 of Directive 2006/112/EC).
 *
 * @param rateBasisPoints the rate charged in hundredths of a percent (2100 = 21 %)
 * @param vatCents VAT on the net amount, rounded half up
 * @param note what the invoice must say about VAT
 */
public record VatTreatment(int rateBasisPoints, long netCents, long vatCents, Note note) {

  /** The statement an invoice carries when it charges no VAT. */
  public enum Note {
    NONE(""),
    REVERSE_CHARGE(
        "Reverse charge: VAT to be accounted for by the recipient, Art. 196 Council Directive 2006/112/EC"),
    OUTSIDE_SCOPE("Outside the scope of EU VAT");

    private final String text;

    Note(String text) {
      this.text = text;
    }

    /** The sentence printed on the invoice (in English, as invoices are). */
    public String text() {
      return text;
    }
  }

  public long totalCents() {
    return netCents + vatCents;
  }

  public boolean reverseCharge() {
    return note == Note.REVERSE_CHARGE;
  }

  /**
   * The treatment of one sale.
   *
   * @param sellerCountry ISO code of the seller
   * @param sellerRatePercent the seller country's rate, e.g. 21
   * @param buyerCountry ISO code of the buyer
   * @param buyerVatId the buyer's VAT id in canonical form, or empty
   */
  public static VatTreatment of(
      String sellerCountry,
      BigDecimal sellerRatePercent,
      String buyerCountry,
      String buyerVatId,
      long netCents) {
    boolean euBuyer = VatIds.isEuCountry(buyerCountry);
    if (!euBuyer) {
      return new VatTreatment(0, netCents, 0, Note.OUTSIDE_SCOPE);
    }
    boolean hasVatId = buyerVatId != null && !buyerVatId.isBlank();
    if (!buyerCountry.equals(sellerCountry) && hasVatId) {
      return new VatTreatment(0, netCents, 0, Note.REVERSE_CHARGE);
    }
    int basisPoints =
        sellerRatePercent.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    long vat =
        BigDecimal.valueOf(netCents)
            .multiply(BigDecimal.valueOf(basisPoints))
            .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
            .longValueExact();
    return new VatTreatment(basisPoints, netCents, vat, Note.NONE);
  }

  /** The note of an invoice already stored. */
  public static Note noteOf(boolean reverseCharge, String buyerCountry) {
    if (reverseCharge) {
      return Note.REVERSE_CHARGE;
    }
    return VatIds.isEuCountry(buyerCountry) ? Note.NONE : Note.OUTSIDE_SCOPE;
  }
}
