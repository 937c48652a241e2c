package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.InvalidInputException.Problem;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.member.VatIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the billing details an admin gives for manual invoices and returns them cleaned: every
 * refused field at once, with the same messages as the organisation form.
 */
final class BillingDetailsCheck {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  private static final Pattern FOREIGN_TAX_ID = Pattern.compile("[A-Z0-9]{2,20}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final List<Problem> problems = new ArrayList<>();

  private BillingDetailsCheck() {}

  /**
   * The details cleaned: trimmed, country upper case, VAT id in canonical form (an EU VAT id must
   * be well formed for the buyer's country; a tax number outside the EU is printed as given).
   *
   * @throws InvalidInputException listing every refused field
   */
  static BillingDetails check(BillingDetails details) {
    BillingDetails d = details == null ? BillingDetails.none() : details;
    BillingDetailsCheck check = new BillingDetailsCheck();
    String email = check.text("billingEmail", d.billingEmail(), 254).toLowerCase(Locale.ROOT);
    if (!check.has("billingEmail") && !EMAIL.matcher(email).matches()) {
      check.problems.add(new Problem("billingEmail", "error.email"));
    }
    String address = check.text("address", d.address(), 200);
    String postalCode = check.text("postalCode", d.postalCode(), 20);
    String city = check.text("city", d.city(), 100);
    String country = check.text("country", d.country(), 2).toUpperCase(Locale.ROOT);
    if (!check.has("country") && !COUNTRIES.contains(country)) {
      check.problems.add(new Problem("country", "error.billing.country"));
    }
    String vatId = d.vatId() == null ? "" : d.vatId().strip();
    if (!vatId.isEmpty() && !check.has("country")) {
      if (VatIds.isEuCountry(country)) {
        var canonical = VatIds.normalise(country, vatId);
        if (canonical.isEmpty()) {
          check.problems.add(
              new Problem("vatId", "error.vat.format", country, VatIds.example(country)));
        } else {
          vatId = canonical.get();
        }
      } else {
        String compact = vatId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (!FOREIGN_TAX_ID.matcher(compact).matches()) {
          check.problems.add(new Problem("vatId", "error.billing.tax-id"));
        }
        vatId = compact;
      }
    }
    if (!check.problems.isEmpty()) {
      throw new InvalidInputException(check.problems);
    }
    return new BillingDetails(email, address, postalCode, city, country, vatId);
  }

  private String text(String field, String value, int max) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty()) {
      problems.add(new Problem(field, "error.required"));
    } else if (clean.length() > max) {
      problems.add(new Problem(field, "error.too-long", max));
    }
    return clean;
  }

  private boolean has(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }
}
