package eu.remhub.portal.member;

import com.vaadin.flow.i18n.I18NProvider;
import eu.remhub.portal.base.PublicUrl;
import eu.remhub.portal.mail.MailOutbox;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The mail the member feature sends, in the recipient's language, with links to the portal's public
 * address ({@link PublicUrl}).
 */
@Component
public class MemberMails {

  private final I18NProvider i18n;
  private final MailOutbox outbox;
  private final MemberSettings settings;
  private final PublicUrl publicUrl;

  MemberMails(I18NProvider i18n, MailOutbox outbox, MemberSettings settings, PublicUrl publicUrl) {
    this.i18n = i18n;
    this.outbox = outbox;
    this.settings = settings;
    this.publicUrl = publicUrl;
  }

  /** An absolute link to a portal path such as {@code /verify-email?token=…}. */
  public String link(String path) {
    return publicUrl.link(path);
  }

  void verification(String to, String name, Locale locale, String token) {
    send(
        to,
        locale,
        "mail.verify.subject",
        "mail.verify.body",
        name,
        link("/verify-email?token=" + token),
        hours(settings.verificationValidity()));
  }

  void passwordReset(String to, String name, Locale locale, String token) {
    send(
        to,
        locale,
        "mail.reset.subject",
        "mail.reset.body",
        name,
        link("/reset-password?token=" + token),
        hours(settings.resetValidity()));
  }

  void invitation(String to, String organisation, String inviter, String token) {
    send(
        to,
        Locale.ENGLISH,
        "mail.invitation.subject",
        "mail.invitation.body",
        organisation,
        inviter,
        link("/register?invitation=" + token),
        settings.invitationValidity().toDays());
  }

  void approved(String to, String name, Locale locale, String organisation, long organisationId) {
    send(
        to,
        locale,
        "mail.approved.subject",
        "mail.approved.body",
        name,
        organisation,
        link("/organisations/" + organisationId));
  }

  void rejected(String to, String name, Locale locale, String organisation, String reason) {
    send(to, locale, "mail.rejected.subject", "mail.rejected.body", name, organisation, reason);
  }

  void awaitingApproval(String to, Locale locale, String organisation, String country) {
    send(
        to,
        locale,
        "mail.pending.subject",
        "mail.pending.body",
        organisation,
        country,
        link("/admin/organisations"));
  }

  private void send(String to, Locale locale, String subjectKey, String bodyKey, Object... args) {
    Locale effective = locale == null ? Locale.ENGLISH : locale;
    outbox.mail(
        to,
        i18n.getTranslation(subjectKey, effective, args),
        i18n.getTranslation(bodyKey, effective, args));
  }

  private static long hours(Duration d) {
    return Math.max(1, d.toHours());
  }
}
