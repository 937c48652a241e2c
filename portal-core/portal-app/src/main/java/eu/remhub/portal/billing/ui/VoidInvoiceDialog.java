package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import java.util.function.Consumer;

/**
 * Staff void an open manual invoice, with the reason that the organisation is told. A missing
 * reason is marked on its field; the dialog stays open with everything typed until the invoice is
 * voided.
 */
final class VoidInvoiceDialog extends Dialog {

  /** What staff enter. */
  static final class Voiding {
    private String reason = "";

    String getReason() {
      return reason;
    }

    void setReason(String reason) {
      this.reason = reason;
    }
  }

  /**
   * @param voided called after the invoice was voided and the dialog closed
   * @param failed called with an unexpected failure; the dialog stays open
   */
  VoidInvoiceDialog(
      Invoice invoice,
      InvoiceService invoices,
      Runnable voided,
      Consumer<RuntimeException> failed) {
    setHeaderTitle(getTranslation("billing.void.title", invoice.number()));
    TextArea reason = new TextArea(getTranslation("billing.void.reason"));
    reason.setId("void-reason");
    reason.setMaxLength(500);
    reason.setWidthFull();

    Binder<Voiding> binder = new Binder<>();
    binder
        .forField(reason)
        .withValidator(v -> !v.isBlank(), getTranslation("billing.error.required"))
        .bind(Voiding::getReason, Voiding::setReason);
    FieldErrors errors = new FieldErrors(this).bind("reason", reason);

    Button confirm =
        new Button(
            getTranslation("billing.void"),
            e -> {
              errors.clear();
              Voiding voiding = new Voiding();
              if (!binder.writeBeanIfValid(voiding)) {
                return;
              }
              try {
                invoices.voidInvoice(invoice.id(), voiding.getReason().strip());
                close();
                voided.run();
              } catch (InvalidInputException ex) {
                errors.show(ex);
              } catch (RuntimeException ex) {
                failed.accept(ex);
              }
            });
    confirm.setId("void-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
    add(new Paragraph(getTranslation("billing.void.intro")), reason);
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
  }
}
