package eu.remhub.portal.billing.internal.manual;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts.BillingAccount;
import eu.remhub.portal.billing.internal.JdbcInvoices;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues manual invoices: the buyer as the billing account and the organisation's legal name say
 * now, VAT by {@link VatTreatment}, the next number of the year's series, all in the caller's
 * transaction, and a mail to the billing address after commit.
 */
@Component
public class ManualInvoices {

  static final String CURRENCY = "EUR";

  private final JdbcInvoices invoices;
  private final JdbcBillingAccounts accounts;
  private final MemberRepository members;
  private final InvoiceNumbers numbers;
  private final InvoiceMails mails;
  private final BillingProperties properties;
  private final AuditService audit;

  ManualInvoices(
      JdbcInvoices invoices,
      JdbcBillingAccounts accounts,
      MemberRepository members,
      InvoiceNumbers numbers,
      InvoiceMails mails,
      BillingProperties properties,
      AuditService audit) {
    this.invoices = invoices;
    this.accounts = accounts;
    this.members = members;
    this.numbers = numbers;
    this.mails = mails;
    this.properties = properties;
    this.audit = audit;
  }

  /**
   * Issues an invoice for one period of a plan.
   *
   * @param periodStart start of the period paid for, or null for a first invoice (its period starts
   *     on payment)
   * @throws IllegalStateException when the organisation has no billing details or the plan no price
   *     for the interval
   */
  @Transactional
  public Invoice issue(
      long organisationId, Plan plan, BillingInterval interval, Instant periodStart, Instant now) {
    BillingAccount account =
        accounts
            .find(organisationId)
            .filter(a -> !a.country().isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "organisation " + organisationId + " has no billing details"));
    long net =
        plan.priceCents(interval)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "plan " + plan.id() + " has no " + interval.stripeName() + "ly price"));
    String legalName =
        members
            .findOrganisation(organisationId)
            .map(Organisation::legalName)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "organisation " + organisationId + " does not exist"));
    BillingProperties.Seller seller = properties.seller();
    VatTreatment vat =
        VatTreatment.of(
            seller.country(),
            properties.invoice().vatRate(),
            account.country(),
            account.vatId(),
            net);
    Instant periodEnd = periodStart == null ? null : Periods.end(periodStart, interval);
    String number =
        numbers.next(properties.invoice().numberPrefix(), now.atZone(ZoneOffset.UTC).getYear());
    String address = buyerAddress(account);
    Invoice draft =
        new Invoice(
            0,
            organisationId,
            "manual",
            number,
            null,
            plan.id(),
            interval,
            periodStart,
            periodEnd,
            CURRENCY,
            net,
            vat.rateBasisPoints(),
            vat.vatCents(),
            vat.totalCents(),
            Invoice.OPEN,
            vat.reverseCharge(),
            legalName,
            address,
            account.country(),
            account.vatId(),
            now,
            now.plus(Duration.ofDays(properties.invoice().dueDays())),
            null,
            null,
            0,
            null,
            null);
    Invoice issued = invoices.insertManual(draft, now);
    audit.record(
        "invoice.issued",
        "organisation:" + organisationId,
        number
            + " "
            + plan.id()
            + "/"
            + interval.stripeName()
            + " "
            + Money.format(issued.totalCents()));
    mails.issued(issued, account.billingEmail());
    return issued;
  }

  /** The buyer's address as an invoice prints it: the street lines, then postal code and city. */
  static String buyerAddress(BillingAccount account) {
    return account.address() + "\n" + (account.postalCode() + " " + account.city()).strip();
  }
}
