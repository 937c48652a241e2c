/**
 * Manual invoicing, the embedded default provider: invoices with bank-transfer details and a
 * gap-free number per year, EU VAT for a seller in one member state, the PDF, staff marking
 * invoices paid, and the job that issues renewals and lets unpaid memberships fall past due.
 */
package eu.remhub.portal.billing.internal.manual;
