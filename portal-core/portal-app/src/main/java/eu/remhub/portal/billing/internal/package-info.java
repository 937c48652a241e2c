/**
 * Billing's adapters: the JDBC stores of memberships, billing accounts, invoices and the
 * dashboard's reads, and, below, the two providers ({@code manual}, {@code stripe}). Only the
 * billing feature uses them; no Stripe or JDBC type leaves this package.
 */
package eu.remhub.portal.billing.internal;
