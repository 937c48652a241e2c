/**
 * Printing {@link eu.remhub.portal.api.service.PrintDocument}s as PDF in the hub's look (OpenPDF):
 * the same printer serves the core's {@code Documents} and the testkit's, so that what a plugin's
 * test reads is what members get.
 */
package eu.remhub.portal.runtime.print;
