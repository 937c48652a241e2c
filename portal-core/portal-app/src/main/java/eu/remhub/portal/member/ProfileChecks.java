package eu.remhub.portal.member;

import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks an organisation profile before it is stored, at registration and on every edit: required
 * and bounded fields, an EU country, a VAT number in its country's format, a web address, and names
 * no other organisation uses. Every problem is collected, so that a form can show them all at once.
 */
@Component
class ProfileChecks {

  private final JdbcOrganisations store;

  ProfileChecks(JdbcOrganisations store) {
    this.store = store;
  }

  /** Checks a profile and returns it cleaned (stripped, VAT number canonical). */
  ProfileChanges check(ProfileChanges c, long exceptId, Problems problems) {
    String legalName = problems.text("legalName", c.legalName(), true, 200);
    String shortName = problems.text("shortName", c.shortName(), true, 80);
    String country = c.country() == null ? "" : c.country().strip().toUpperCase(Locale.ROOT);
    if (country.isEmpty()) {
      problems.add("country", "error.required");
    } else if (!VatIds.isEuCountry(country)) {
      problems.add("country", "error.country");
    }
    String city = problems.text("city", c.city(), false, 100);
    String vat = problems.text("vatId", c.vatId(), false, 20);
    if (!vat.isEmpty() && !problems.has("country") && !problems.has("vatId")) {
      Optional<String> canonical = VatIds.normalise(country, vat);
      if (canonical.isEmpty()) {
        problems.add("vatId", "error.vat.format", country, VatIds.example(country));
      } else {
        vat = canonical.get();
      }
    }
    String website = problems.text("website", c.website(), false, 300);
    if (!website.isEmpty() && !problems.has("website") && !isWebAddress(website)) {
      problems.add("website", "error.website");
    }
    if (c.segments().isEmpty()) {
      problems.add("segments", "error.segments");
    }
    String capabilities = problems.text("capabilities", c.capabilities(), false, 2000);
    String description = problems.text("description", c.description(), false, 5000);
    if (!problems.has("legalName") && store.legalNameTaken(legalName, exceptId)) {
      problems.add("legalName", "error.organisation.taken");
    }
    if (!problems.has("shortName") && store.shortNameTaken(shortName, exceptId)) {
      problems.add("shortName", "error.organisation.taken");
    }
    return new ProfileChanges(
        legalName,
        shortName,
        country,
        city,
        vat,
        website,
        c.segments(),
        c.materials(),
        capabilities,
        description,
        c.visibility());
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = URI.create(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getHost().contains(".");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Names the fields that a change alters, for the audit log. */
  static String changes(OrganisationProfile before, ProfileChanges after) {
    List<String> fields = new ArrayList<>();
    ProfileChanges old = ProfileChanges.of(before);
    if (!old.legalName().equals(after.legalName())) fields.add("legal name");
    if (!old.shortName().equals(after.shortName())) fields.add("short name");
    if (!old.country().equals(after.country())) fields.add("country");
    if (!old.city().equals(after.city())) fields.add("city");
    if (!old.vatId().equals(after.vatId())) fields.add("VAT ID");
    if (!old.website().equals(after.website())) fields.add("website");
    if (!old.segments().equals(after.segments())) fields.add("segments");
    if (!old.materials().equals(after.materials())) fields.add("materials");
    if (!old.capabilities().equals(after.capabilities())) fields.add("capabilities");
    if (!old.description().equals(after.description())) fields.add("description");
    if (!old.visibility().equals(after.visibility())) fields.add("visibility");
    return fields.isEmpty() ? "no changes" : String.join(", ", fields);
  }
}
