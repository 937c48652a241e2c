package eu.remhub.portal.search;

/**
 * A title offered while someone types.
 *
 * @param title the document's title
 * @param type its type
 * @param url its page
 */
public record Suggestion(String title, String type, String url) {}
