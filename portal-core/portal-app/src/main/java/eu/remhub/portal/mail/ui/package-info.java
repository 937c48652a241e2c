/**
 * A person's notifications in the portal: the bell in the header with the count of unread ones, and
 * the list at {@code /notifications}, where each leads to its page and can be marked read.
 */
package eu.remhub.portal.mail.ui;
