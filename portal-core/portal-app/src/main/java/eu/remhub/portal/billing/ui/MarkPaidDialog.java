package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Staff record the payment of an open manual invoice: the day the money arrived and the bank's
 * reference. Missing input is marked on its field; what the service refuses is shown next to the
 * field it concerns, and the dialog stays open with everything typed.
 */
final class MarkPaidDialog extends Dialog {

  /** What staff enter. */
  static final class Payment {
    private LocalDate paidOn;
    private String reference = "";

    LocalDate getPaidOn() {
      return paidOn;
    }

    void setPaidOn(LocalDate paidOn) {
      this.paidOn = paidOn;
    }

    String getReference() {
      return reference;
    }

    void setReference(String reference) {
      this.reference = reference;
    }
  }

  /**
   * @param paid called after the payment was recorded and the dialog closed
   * @param failed called with an unexpected failure; the dialog stays open
   */
  MarkPaidDialog(
      Invoice invoice,
      InvoiceService invoices,
      Clock clock,
      Runnable paid,
      Consumer<RuntimeException> failed) {
    setHeaderTitle(getTranslation("billing.mark-paid.title", invoice.number()));
    DatePicker paidOn = new DatePicker(getTranslation("billing.mark-paid.date"));
    paidOn.setId("paid-on");
    // Payment dates are UTC days, as the service checks them.
    paidOn.setValue(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    paidOn.setMax(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    TextField reference = new TextField(getTranslation("billing.mark-paid.reference"));
    reference.setId("paid-reference");
    reference.setMaxLength(200);
    reference.setWidthFull();

    String required = getTranslation("billing.error.required");
    Binder<Payment> binder = new Binder<>();
    binder
        .forField(paidOn)
        .withValidator(Objects::nonNull, required)
        .bind(Payment::getPaidOn, Payment::setPaidOn);
    binder
        .forField(reference)
        .withValidator(v -> !v.isBlank(), required)
        .bind(Payment::getReference, Payment::setReference);
    FieldErrors errors = new FieldErrors(this).bind("paidOn", paidOn).bind("reference", reference);

    Button confirm =
        new Button(
            getTranslation("billing.mark-paid"),
            e -> {
              errors.clear();
              Payment payment = new Payment();
              if (!binder.writeBeanIfValid(payment)) {
                return;
              }
              try {
                invoices.markPaid(
                    invoice.id(), payment.getPaidOn(), payment.getReference().strip());
                close();
                paid.run();
              } catch (InvalidInputException ex) {
                errors.show(ex);
              } catch (RuntimeException ex) {
                failed.accept(ex);
              }
            });
    confirm.setId("paid-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new Paragraph(
            getTranslation(
                "billing.mark-paid.intro",
                BillingFormat.money(invoice.totalCents(), BillingFormat.locale(this)))),
        paidOn,
        reference);
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
  }
}
