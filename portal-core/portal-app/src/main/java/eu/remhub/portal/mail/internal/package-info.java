/** The {@code mail_outbox} table, read and written with JDBC. Only the mail feature uses it. */
package eu.remhub.portal.mail.internal;
