/**
 * Memberships and their billing: plans, the membership state and its entitlements, the provider
 * (Stripe or manual invoicing) behind {@link eu.remhub.portal.billing.BillingProvider}, invoices,
 * the staff dashboard and demo seed. Billing supplies the member feature with plan entitlements and
 * seats through {@link eu.remhub.portal.member.PlanAllowance}, and reads the entitlements plugins
 * define through {@link eu.remhub.portal.billing.EntitlementCatalogue}, which the plugin feature
 * implements. {@code internal} holds the JDBC stores and the providers, {@code ui} the views.
 */
package eu.remhub.portal.billing;
