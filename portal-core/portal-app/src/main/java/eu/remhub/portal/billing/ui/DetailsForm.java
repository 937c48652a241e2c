package eu.remhub.portal.billing.ui;

import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.member.OrganisationProfile;
import java.util.Optional;

/** The values of the billing details form, starting from what the organisation's profile says. */
final class DetailsForm {

  private String billingEmail = "";
  private String address = "";
  private String postalCode = "";
  private String city = "";
  private String country;
  private String vatId = "";

  static DetailsForm of(Optional<OrganisationProfile> profile) {
    DetailsForm form = new DetailsForm();
    profile.ifPresent(
        p -> {
          form.city = p.city() == null ? "" : p.city();
          form.country = p.country() == null || p.country().isBlank() ? null : p.country();
          form.vatId = p.vatId() == null ? "" : p.vatId();
        });
    return form;
  }

  BillingDetails details() {
    return new BillingDetails(
        nz(billingEmail), nz(address), nz(postalCode), nz(city), nz(country), nz(vatId));
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }

  String getBillingEmail() {
    return billingEmail;
  }

  void setBillingEmail(String billingEmail) {
    this.billingEmail = billingEmail;
  }

  String getAddress() {
    return address;
  }

  void setAddress(String address) {
    this.address = address;
  }

  String getPostalCode() {
    return postalCode;
  }

  void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  String getCity() {
    return city;
  }

  void setCity(String city) {
    this.city = city;
  }

  String getCountry() {
    return country;
  }

  void setCountry(String country) {
    this.country = country;
  }

  String getVatId() {
    return vatId;
  }

  void setVatId(String vatId) {
    this.vatId = vatId;
  }
}
