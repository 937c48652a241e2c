package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import eu.remhub.portal.billing.Membership;

/** Asks an organisation admin to confirm that the membership ends with its current period. */
final class CancelMembershipDialog extends ConfirmDialog {

  /**
   * @param confirmed called when the admin confirms
   */
  CancelMembershipDialog(Membership m, Runnable confirmed) {
    setHeader(getTranslation("billing.cancel"));
    setText(
        getTranslation(
            "billing.cancel.confirm",
            BillingFormat.day(m.currentPeriodEnd(), BillingFormat.locale(this))));
    setCancelable(true);
    setCancelText(getTranslation("common.cancel"));
    setConfirmText(getTranslation("billing.cancel"));
    addConfirmListener(c -> confirmed.run());
  }
}
