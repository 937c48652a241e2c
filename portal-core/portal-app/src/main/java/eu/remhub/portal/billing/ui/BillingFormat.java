package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.MembershipStatus;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money, dates and membership states as the billing views show them, in the viewer's language. */
final class BillingFormat {

  private BillingFormat() {}

  /** Euros from cents, e.g. {@code €1,500.00} or {@code 1.500,00 €}. */
  static String money(long cents, Locale locale) {
    NumberFormat format =
        NumberFormat.getCurrencyInstance(locale == null ? Locale.ENGLISH : locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(cents / 100.0);
  }

  static String day(Instant instant, Locale locale) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale == null ? Locale.ENGLISH : locale)
            .withZone(ZoneId.systemDefault())
            .format(instant);
  }

  static String time(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault())
            .format(instant);
  }

  /** "Yearly" or "Monthly". */
  static String interval(Component owner, BillingInterval interval) {
    return owner.getTranslation("billing.interval." + interval.stripeName());
  }

  /** The status word as a badge; an unknown status shows the provider's word. */
  static Span statusBadge(Component owner, String rawStatus) {
    MembershipStatus status = MembershipStatus.of(rawStatus);
    String text =
        status == MembershipStatus.UNKNOWN
            ? owner.getTranslation("billing.status.unknown.label", rawStatus)
            : owner.getTranslation("billing.status." + status.stripeName() + ".label");
    Span badge = new Span(text);
    badge.addClassNames(
        "remhub-badge",
        switch (status) {
          case ACTIVE, TRIALING -> "state-enabled";
          case PAST_DUE, UNPAID -> "state-failed";
          case UNKNOWN -> "state-incompatible";
          default -> "state-disabled";
        });
    return badge;
  }

  /** What the status means for the organisation, in one or two sentences. */
  static String explanation(Component owner, String rawStatus) {
    return owner.getTranslation(
        "billing.status." + MembershipStatus.of(rawStatus).stripeName() + ".explain");
  }

  static Locale locale(Component owner) {
    UI ui = owner.getUI().orElse(UI.getCurrent());
    return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
  }
}
