/**
 * The billing feature's views: the public pricing page, an organisation admin's membership page
 * with subscribing, plan changes, cancellation, invoices and the return from Stripe Checkout, and
 * staff's dashboard (figures, charts drawn server-side with JFreeChart, CSV), Stripe event log and
 * plans with their entitlements. Views call the services in {@code eu.remhub.portal.billing}, which
 * check every access again.
 */
package eu.remhub.portal.billing.ui;
