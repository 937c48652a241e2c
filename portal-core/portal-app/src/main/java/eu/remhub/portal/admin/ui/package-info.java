/**
 * The staff views of administration that belong to no other feature: the audit log and the mail
 * outbox. They only read what {@code base} and {@code mail} offer.
 */
package eu.remhub.portal.admin.ui;
