package eu.remhub.portal.api.service;

import java.util.Locale;

/**
 * Prints documents as PDF in the hub's look, so that every plugin's certificates, confirmations and
 * exports look alike. See {@link PrintDocument}.
 *
 * @since 1.1.0
 */
public interface Documents {

  /**
   * Prints a document.
   *
   * @param document what to print
   * @param locale the document's language, for the PDF's language tag and the page numbers
   * @return the PDF bytes
   */
  byte[] pdf(PrintDocument document, Locale locale);
}
