package eu.remhub.portal.billing.internal.manual;

import com.vaadin.flow.i18n.I18NProvider;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.PublicUrl;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Person;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Mail about manual invoices: a new invoice with the transfer details goes to the billing address
 * and the organisation's admins, a receipt to the same people. Queued, sent after commit.
 */
@Component
class InvoiceMails {

  private final I18NProvider i18n;
  private final MailOutbox outbox;
  private final MemberRepository members;
  private final BillingProperties properties;
  private final PublicUrl publicUrl;

  InvoiceMails(
      I18NProvider i18n,
      MailOutbox outbox,
      MemberRepository members,
      BillingProperties properties,
      PublicUrl publicUrl) {
    this.i18n = i18n;
    this.outbox = outbox;
    this.members = members;
    this.properties = properties;
    this.publicUrl = publicUrl;
  }

  void issued(Invoice invoice, String billingEmail) {
    BillingProperties.Seller seller = properties.seller();
    for (String to : recipients(invoice.organisationId(), billingEmail)) {
      send(
          to,
          "mail.invoice.issued.subject",
          "mail.invoice.issued.body",
          invoice.number(),
          seller.name(),
          Money.format(invoice.totalCents()),
          InvoicePdf.DATE.format(invoice.dueAt()),
          seller.iban(),
          seller.bic(),
          seller.bank(),
          publicUrl.link("/organisation/billing"));
    }
  }

  void paid(Invoice invoice, String billingEmail) {
    for (String to : recipients(invoice.organisationId(), billingEmail)) {
      send(
          to,
          "mail.invoice.paid.subject",
          "mail.invoice.paid.body",
          invoice.number(),
          Money.format(invoice.totalCents()),
          InvoicePdf.DATE.format(invoice.paidAt()),
          InvoicePdf.lastDay(invoice.periodEnd()),
          publicUrl.link("/organisation/billing"));
    }
  }

  private Set<String> recipients(long organisationId, String billingEmail) {
    Set<String> to = new LinkedHashSet<>();
    if (billingEmail != null && !billingEmail.isBlank()) {
      to.add(billingEmail);
    }
    members.peopleOf(organisationId).stream()
        .filter(p -> p.enabled() && p.hasRole(Roles.ORG_ADMIN))
        .map(Person::email)
        .forEach(to::add);
    return to;
  }

  private void send(String to, String subjectKey, String bodyKey, Object... args) {
    // Invoices are in English; so is the mail that carries them.
    outbox.mail(
        to,
        i18n.getTranslation(subjectKey, Locale.ENGLISH, args),
        i18n.getTranslation(bodyKey, Locale.ENGLISH, args));
  }
}
