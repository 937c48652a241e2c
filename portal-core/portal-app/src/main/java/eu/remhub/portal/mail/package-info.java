/**
 * Outgoing mail and notifications in the portal ({@link eu.remhub.portal.mail.PersonNotifications},
 * the bell in the header): the outbox that every message is written to in its sender's transaction,
 * SMTP delivery after commit with retries, and {@link eu.remhub.portal.mail.MailAddresses}, through
 * which the member feature tells where a person's mail goes. Mail depends on no feature but {@code
 * base} and {@code security}.
 */
package eu.remhub.portal.mail;
