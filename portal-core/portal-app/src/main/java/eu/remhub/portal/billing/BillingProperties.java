package eu.remhub.portal.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code portal.billing}. With no Stripe key the provider is manual invoicing, the
 * embedded default; {@code provider: stripe} needs {@code stripe.api-key} and {@code
 * stripe.webhook-secret}.
 *
 * @param provider {@code manual} or {@code stripe}
 * @param plans the plans offered, in the order of the pricing page
 * @param seller who issues manual invoices and where to transfer the money
 * @param invoice numbering, terms and VAT of manual invoices
 * @param stripe Stripe keys and endpoints
 * @param reconcileEvery how often memberships are compared with Stripe, and grace periods checked
 * @param seatsWithoutPlan how many people an organisation without an entitled membership may have
 */
@ConfigurationProperties("portal.billing")
public record BillingProperties(
    String provider,
    List<PlanSettings> plans,
    Seller seller,
    InvoiceSettings invoice,
    StripeSettings stripe,
    Duration reconcileEvery,
    Integer seatsWithoutPlan) {

  public static final String MANUAL = "manual";
  public static final String STRIPE = "stripe";

  public BillingProperties {
    provider =
        provider == null || provider.isBlank()
            ? MANUAL
            : provider.trim().toLowerCase(java.util.Locale.ROOT);
    plans = plans == null ? List.of() : List.copyOf(plans);
    seller = seller == null ? new Seller(null, null, null, null, null, null, null, null) : seller;
    invoice = invoice == null ? new InvoiceSettings(null, 0, null, null) : invoice;
    stripe = stripe == null ? new StripeSettings(null, null, null, null, null, 0) : stripe;
    reconcileEvery = reconcileEvery == null ? Duration.ofHours(1) : reconcileEvery;
    seatsWithoutPlan = seatsWithoutPlan == null ? 3 : seatsWithoutPlan;
  }

  /** Whether Stripe is the provider. */
  public boolean stripeEnabled() {
    return STRIPE.equals(provider);
  }

  /**
   * One plan as written in configuration; prices in euros.
   *
   * @param id stable identifier
   * @param name display name
   * @param description one or two sentences
   * @param monthlyEur monthly price in euros, or empty
   * @param yearlyEur yearly price in euros, or empty
   * @param stripeMonthlyPrice Stripe price id for monthly billing
   * @param stripeYearlyPrice Stripe price id for yearly billing
   * @param entitlements entitlements granted
   * @param seats seat limit (people plus open invitations)
   * @param graceDays days a past-due membership stays entitled
   * @param features lines for the comparison table
   */
  public record PlanSettings(
      String id,
      String name,
      String description,
      BigDecimal monthlyEur,
      BigDecimal yearlyEur,
      String stripeMonthlyPrice,
      String stripeYearlyPrice,
      List<String> entitlements,
      Integer seats,
      Integer graceDays,
      List<String> features) {

    Plan toPlan() {
      return new Plan(
          id,
          name,
          description == null ? "" : description,
          cents(monthlyEur),
          cents(yearlyEur),
          stripeMonthlyPrice,
          stripeYearlyPrice,
          entitlements,
          seats == null ? 5 : seats,
          graceDays == null ? 14 : graceDays,
          features);
    }

    private static Long cents(BigDecimal eur) {
      return eur == null
          ? null
          : eur.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
  }

  /**
   * The hub as the seller on manual invoices.
   *
   * @param name legal name
   * @param address postal address, lines separated by newlines
   * @param country ISO country code of the seller
   * @param vatId the seller's VAT identification number
   * @param email where questions about invoices go
   * @param bank bank name
   * @param iban account for transfers
   * @param bic bank's BIC
   */
  public record Seller(
      String name,
      String address,
      String country,
      String vatId,
      String email,
      String bank,
      String iban,
      String bic) {
    public Seller {
      name = name == null ? "REMHub Innovation Hub" : name;
      address = address == null ? "" : address;
      country = country == null ? "BE" : country;
      vatId = vatId == null ? "" : vatId;
      email = email == null ? "" : email;
      bank = bank == null ? "" : bank;
      iban = iban == null ? "" : iban;
      bic = bic == null ? "" : bic;
    }
  }

  /**
   * Manual invoices.
   *
   * @param numberPrefix put before the year and the number, e.g. {@code REM-2026-00042}
   * @param dueDays days between issue and due date
   * @param vatRate VAT rate in the seller's country, e.g. 21 (percent), charged to buyers there and
   *     to buyers without a VAT id
   * @param renewBefore how long before a manual membership's period ends its renewal invoice goes
   *     out
   */
  public record InvoiceSettings(
      String numberPrefix, int dueDays, BigDecimal vatRate, Duration renewBefore) {
    public InvoiceSettings {
      numberPrefix = numberPrefix == null ? "REM" : numberPrefix;
      dueDays = dueDays <= 0 ? 30 : dueDays;
      vatRate = vatRate == null ? new BigDecimal("21") : vatRate;
      renewBefore = renewBefore == null ? Duration.ofDays(30) : renewBefore;
    }
  }

  /**
   * Stripe.
   *
   * @param apiKey secret key ({@code sk_…} or restricted {@code rk_…})
   * @param webhookSecret signing secret of the webhook endpoint ({@code whsec_…})
   * @param apiBase API address; only tests change it
   * @param webhookTolerance how old a signed webhook may be; under one second (which would switch
   *     the check off) means the default of five minutes
   * @param portalConfiguration Customer Portal configuration id, or empty for the account default
   * @param maxNetworkRetries retries of a failed call to Stripe
   */
  public record StripeSettings(
      String apiKey,
      String webhookSecret,
      String apiBase,
      Duration webhookTolerance,
      String portalConfiguration,
      int maxNetworkRetries) {
    public StripeSettings {
      apiKey = apiKey == null ? "" : apiKey;
      webhookSecret = webhookSecret == null ? "" : webhookSecret;
      apiBase = apiBase == null || apiBase.isBlank() ? "https://api.stripe.com" : apiBase;
      // stripe-java skips the timestamp check for a tolerance of zero or less, and counts it in
      // whole
      // seconds: anything under one second would switch off the protection against replays.
      webhookTolerance =
          webhookTolerance == null || webhookTolerance.compareTo(Duration.ofSeconds(1)) < 0
              ? Duration.ofMinutes(5)
              : webhookTolerance;
      portalConfiguration = portalConfiguration == null ? "" : portalConfiguration;
      maxNetworkRetries = maxNetworkRetries <= 0 ? 2 : maxNetworkRetries;
    }
  }
}
