package eu.remhub.portal.billing.internal.stripe;

import com.stripe.model.Invoice;
import com.vaadin.flow.i18n.I18NProvider;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.PublicUrl;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Person;
import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Mail to an organisation's admins about payments at Stripe, each notice once by its key (a failed
 * payment: per invoice and attempt), whatever the number of events that report it.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeNotices {

  private final JdbcStripeEvents events;
  private final MemberRepository members;
  private final MailOutbox outbox;
  private final I18NProvider i18n;
  private final PublicUrl publicUrl;
  private final Clock clock;

  StripeNotices(
      JdbcStripeEvents events,
      MemberRepository members,
      MailOutbox outbox,
      I18NProvider i18n,
      PublicUrl publicUrl,
      Clock clock) {
    this.events = events;
    this.members = members;
    this.outbox = outbox;
    this.i18n = i18n;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /**
   * Tells the admins that a renewal payment failed; true when this attempt had not been reported.
   */
  boolean paymentFailed(long organisationId, Invoice invoice, long attempt) {
    if (!events.noticeOnce(
        "invoice.payment_failed:" + invoice.getId() + ":" + attempt,
        organisationId,
        clock.instant())) {
      return false;
    }
    String number = invoice.getNumber() == null ? invoice.getId() : invoice.getNumber();
    String link =
        invoice.getHostedInvoiceUrl() == null
            ? publicUrl.link("/organisation/billing")
            : invoice.getHostedInvoiceUrl();
    mailAdmins(
        organisationId,
        "mail.billing.payment-failed.subject",
        "mail.billing.payment-failed.body",
        number,
        attempt,
        link);
    return true;
  }

  /** Tells the admins that the delayed payment of a Checkout (e.g. SEPA debit) failed. */
  void checkoutPaymentFailed(long organisationId, String sessionId) {
    if (events.noticeOnce(
        "checkout.session.async_payment_failed:" + sessionId, organisationId, clock.instant())) {
      mailAdmins(
          organisationId,
          "mail.billing.checkout-failed.subject",
          "mail.billing.checkout-failed.body",
          publicUrl.link("/organisation/billing"));
    }
  }

  private void mailAdmins(long organisationId, String subjectKey, String bodyKey, Object... args) {
    for (Person admin : members.peopleOf(organisationId)) {
      if (admin.hasRole(Roles.ORG_ADMIN) && admin.enabled() && admin.erasedAt() == null) {
        Locale locale =
            admin.locale() == null || admin.locale().isBlank()
                ? Locale.ENGLISH
                : Locale.of(admin.locale());
        outbox.mail(
            admin.email(),
            i18n.getTranslation(subjectKey, locale, args),
            i18n.getTranslation(bodyKey, locale, args));
      }
    }
  }
}
