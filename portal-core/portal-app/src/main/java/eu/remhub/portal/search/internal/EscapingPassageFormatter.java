package eu.remhub.portal.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML in which every character of the document is escaped and the
 * only markup is {@code <mark>} around matched words: documents come from members and plugins, and
 * a snippet is put into the page as HTML.
 */
final class EscapingPassageFormatter extends PassageFormatter {

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder html = new StringBuilder();
    int lastEnd = 0;
    for (int n = 0; n < passages.length; n++) {
      Passage passage = passages[n];
      if (n > 0 || passage.getStartOffset() > 0) {
        html.append(n == 0 ? "… " : " … ");
      }
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(pos, passage.getMatchStarts()[i]);
        int end = passage.getMatchEnds()[i];
        if (end <= start) {
          continue;
        }
        escape(content, pos, start, html);
        html.append("<mark>");
        escape(content, start, end, html);
        html.append("</mark>");
        pos = end;
      }
      escape(content, pos, Math.max(pos, passage.getEndOffset()), html);
      lastEnd = passage.getEndOffset();
    }
    if (passages.length > 0 && lastEnd < content.length()) {
      html.append(" …");
    }
    return html.toString().strip();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '/' -> out.append("&#47;");
        default -> {
          // Control characters have no business in a snippet.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          } else {
            out.append(' ');
          }
        }
      }
    }
  }
}
