package eu.remhub.portal.search;

import java.time.Instant;

/**
 * One document found.
 *
 * @param type the document type ({@code organisation}, {@code course}, ...)
 * @param id the id within the type
 * @param title the title, plain text
 * @param snippet a passage of the body as HTML: every character of the document escaped, and only
 *     the matched words wrapped in {@code <mark>}
 * @param url the portal-relative URL of the document's page
 * @param updated when the document last changed
 */
public record SearchHit(
    String type, String id, String title, String snippet, String url, Instant updated) {}
