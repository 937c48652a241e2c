package eu.remhub.plugin.passport.model;

/**
 * A document behind the passport, such as a due-diligence report or a test certificate.
 *
 * @param title the title
 * @param kind what kind of document, such as "due diligence" or "test report"
 * @param url where it can be fetched, or empty
 * @param sha256 its SHA-256 checksum, or empty
 */
public record DocumentRef(String title, String kind, String url, String sha256) {}
