package eu.remhub.portal.billing.internal;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import eu.remhub.portal.billing.internal.manual.InvoicePdf;
import eu.remhub.portal.billing.internal.manual.ManualBillingProvider;
import eu.remhub.portal.security.CurrentPerson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Invoices of both providers with their access checks: an organisation's admins see their own,
 * staff see all and record payments of manual invoices. A refused attempt is written to the audit
 * log.
 */
@Service
public class DefaultInvoiceService implements InvoiceService {

  private final JdbcInvoices invoices;
  private final ManualBillingProvider manual;
  private final InvoicePdf pdf;
  private final CurrentPerson currentPerson;
  private final AuditService audit;

  DefaultInvoiceService(
      JdbcInvoices invoices,
      ManualBillingProvider manual,
      InvoicePdf pdf,
      CurrentPerson currentPerson,
      AuditService audit) {
    this.invoices = invoices;
    this.manual = manual;
    this.pdf = pdf;
    this.currentPerson = currentPerson;
    this.audit = audit;
  }

  @Override
  public List<Invoice> invoices(long organisationId) {
    requireAdminOrStaff(organisationId, "list the invoices of");
    return invoices.ofOrganisation(organisationId);
  }

  @Override
  public Optional<Invoice> invoice(long organisationId, long invoiceId) {
    requireAdminOrStaff(organisationId, "read an invoice of");
    return invoices.find(invoiceId).filter(i -> i.organisationId() == organisationId);
  }

  @Override
  public byte[] pdf(long organisationId, long invoiceId) {
    CurrentUser user = requireAdminOrStaff(organisationId, "download an invoice of");
    Invoice invoice =
        invoices
            .find(invoiceId)
            .orElseThrow(() -> InvalidInputException.of("invoice", "error.invoice.unknown"));
    if (invoice.organisationId() != organisationId) {
      throw refused(
          user, organisationId, "download invoice " + invoiceId + ", which is not an invoice of");
    }
    if (!ManualBillingProvider.ID.equals(invoice.provider())) {
      throw InvalidInputException.of("invoice", "error.invoice.not-manual");
    }
    return pdf.render(invoice);
  }

  @Override
  public List<Invoice> open() {
    requireStaff("list the open invoices");
    return invoices.openManual();
  }

  @Override
  public Invoice markPaid(long invoiceId, LocalDate paidOn, String reference) {
    requireStaff("mark invoice " + invoiceId + " paid");
    return manual.markPaid(invoiceId, paidOn, reference);
  }

  @Override
  public Invoice voidInvoice(long invoiceId, String reason) {
    requireStaff("void invoice " + invoiceId);
    return manual.voidInvoice(invoiceId, reason);
  }

  private CurrentUser requireAdminOrStaff(long organisationId, String what) {
    CurrentUser user = signedIn();
    boolean ownAdmin = user.hasRole(Roles.ORG_ADMIN) && user.organisationId() == organisationId;
    if (!ownAdmin && !user.hasRole(Roles.STAFF)) {
      throw refused(user, organisationId, what);
    }
    return user;
  }

  private void requireStaff(String what) {
    CurrentUser user = signedIn();
    if (!user.hasRole(Roles.STAFF)) {
      audit.record("billing.denied", "invoices", user.email() + " tried to " + what);
      throw new AccessDeniedException("only staff may " + what);
    }
  }

  private AccessDeniedException refused(CurrentUser user, long organisationId, String what) {
    audit.record(
        "billing.denied",
        "organisation:" + organisationId,
        user.email() + " tried to " + what + " it");
    return new AccessDeniedException(
        "only the organisation's own admins and staff may " + what + " an organisation");
  }

  private CurrentUser signedIn() {
    return currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
  }
}
