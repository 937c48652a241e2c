/**
 * The {@code mail_outbox} and {@code plugin_notification} tables, read and written with JDBC. Only
 * the mail feature uses them.
 */
package eu.remhub.portal.mail.internal;
