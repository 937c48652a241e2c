package eu.remhub.portal.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Invoices of both providers: an organisation's admins see their own, staff see all and mark manual
 * invoices paid (which starts or extends the membership).
 */
public interface InvoiceService {

  /** The organisation's invoices, newest first: its admins and staff only. */
  List<Invoice> invoices(long organisationId);

  /** One invoice of the organisation: its admins and staff only. */
  Optional<Invoice> invoice(long organisationId, long invoiceId);

  /** The PDF of a manual invoice: its organisation's admins and staff only. */
  byte[] pdf(long organisationId, long invoiceId);

  /** Staff: open manual invoices, the longest overdue first. */
  List<Invoice> open();

  /** Staff: records a bank transfer; the membership starts (or its period is extended). */
  Invoice markPaid(long invoiceId, LocalDate paidOn, String reference);

  /** Staff: cancels an open manual invoice; its number stays used. */
  Invoice voidInvoice(long invoiceId, String reason);
}
