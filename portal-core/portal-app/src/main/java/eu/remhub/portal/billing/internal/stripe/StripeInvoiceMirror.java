package eu.remhub.portal.billing.internal.stripe;

import com.stripe.model.Address;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.Plans;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Reads a Stripe invoice into the portal's invoice record and stores it. */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeInvoiceMirror {

  private final JdbcStripeInvoices invoices;
  private final Plans plans;
  private final MembershipService memberships;

  StripeInvoiceMirror(JdbcStripeInvoices invoices, Plans plans, MembershipService memberships) {
    this.invoices = invoices;
    this.plans = plans;
    this.memberships = memberships;
  }

  /** Stores the invoice as of {@code stateAt} unless a newer state of it is stored. */
  boolean mirror(long organisationId, Invoice invoice, Instant stateAt) {
    InvoiceLineItem line =
        invoice.getLines() == null
                || invoice.getLines().getData() == null
                || invoice.getLines().getData().isEmpty()
            ? null
            : invoice.getLines().getData().getFirst();
    String priceId =
        line == null || line.getPricing() == null || line.getPricing().getPriceDetails() == null
            ? null
            : line.getPricing().getPriceDetails().getPrice();
    Optional<Plans.PlanPrice> planPrice =
        priceId == null ? Optional.empty() : plans.byStripePrice(priceId);
    Optional<Membership> membership = memberships.find(organisationId);
    String planId =
        planPrice
            .map(p -> p.plan().id())
            .or(() -> membership.map(Membership::planId))
            .or(() -> metadataPlan(invoice))
            .orElse("unknown");
    BillingInterval interval =
        planPrice
            .map(Plans.PlanPrice::interval)
            .or(() -> membership.map(Membership::interval))
            .orElse(BillingInterval.MONTH);
    long total = nz(invoice.getTotal());
    long net =
        invoice.getTotalExcludingTax() != null
            ? invoice.getTotalExcludingTax()
            : nz(invoice.getSubtotal());
    long vat = total - net;
    boolean reverseCharge =
        invoice.getTotalTaxes() != null
            && invoice.getTotalTaxes().stream()
                .anyMatch(t -> "reverse_charge".equals(t.getTaxabilityReason()));
    Instant periodStart =
        line != null && line.getPeriod() != null
            ? seconds(line.getPeriod().getStart())
            : seconds(invoice.getPeriodStart());
    Instant periodEnd =
        line != null && line.getPeriod() != null
            ? seconds(line.getPeriod().getEnd())
            : seconds(invoice.getPeriodEnd());
    var transitions = invoice.getStatusTransitions();
    Instant issuedAt =
        Optional.ofNullable(transitions == null ? null : seconds(transitions.getFinalizedAt()))
            .orElse(Optional.ofNullable(seconds(invoice.getCreated())).orElse(stateAt));
    Address address = invoice.getCustomerAddress();
    String vatId =
        invoice.getCustomerTaxIds() == null
            ? ""
            : invoice.getCustomerTaxIds().stream()
                .map(Invoice.CustomerTaxId::getValue)
                .filter(v -> v != null)
                .findFirst()
                .orElse("");
    return invoices.upsert(
        new JdbcStripeInvoices.StripeInvoice(
            organisationId,
            invoice.getId(),
            invoice.getNumber(),
            planId,
            interval.name(),
            periodStart,
            periodEnd,
            invoice.getCurrency() == null ? "EUR" : invoice.getCurrency().toUpperCase(Locale.ROOT),
            net,
            net == 0 ? 0 : (int) Math.round(vat * 10000.0 / net),
            vat,
            total,
            invoice.getStatus() == null ? "draft" : invoice.getStatus(),
            reverseCharge,
            nzs(invoice.getCustomerName()),
            address == null ? "" : lines(address),
            address == null || address.getCountry() == null ? "" : address.getCountry(),
            vatId,
            issuedAt,
            seconds(invoice.getDueDate()),
            transitions == null ? null : seconds(transitions.getPaidAt()),
            (int) nz(invoice.getAttemptCount()),
            invoice.getHostedInvoiceUrl(),
            invoice.getInvoicePdf(),
            stateAt));
  }

  private static Optional<String> metadataPlan(Invoice invoice) {
    if (invoice.getParent() == null
        || invoice.getParent().getSubscriptionDetails() == null
        || invoice.getParent().getSubscriptionDetails().getMetadata() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        invoice.getParent().getSubscriptionDetails().getMetadata().get(StripeSubscriptions.PLAN));
  }

  private static String lines(Address a) {
    String cityLine =
        Stream.of(a.getPostalCode(), a.getCity())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return Stream.of(a.getLine1(), a.getLine2(), cityLine)
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining("\n"));
  }

  private static Instant seconds(Long s) {
    return StripeSubscriptions.seconds(s);
  }

  private static long nz(Long l) {
    return l == null ? 0 : l;
  }

  private static String nzs(String s) {
    return s == null ? "" : s;
  }
}
