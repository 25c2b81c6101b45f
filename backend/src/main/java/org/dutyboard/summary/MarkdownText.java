package org.dutyboard.summary;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * User text inside the weekly summary's Markdown: it stays the text of the bullet it is in. Line
 * breaks become spaces (no new heading or bullet can start), characters that start inline markup,
 * raw HTML or links are backslash-escaped (so {@code <script>} shows as text and {@code
 * [x](javascript:...)} is no link), and a leading block marker ({@code #}, {@code -}, {@code 1.})
 * is escaped too. Only absolute http(s) URLs become links, as in the HTML report.
 */
final class MarkdownText {
  /** Escaped anywhere: inline markup, raw HTML, entities, links, GFM tables and strikethrough. */
  private static final String INLINE = "\\`*_[]<>!|~&";

  /** Escaped at the start of the text, where they would start a block. */
  private static final String BLOCK_START = "#+-=>";

  /** Line breaks of any kind; compiled once, as every value of every summary passes here. */
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");

  private MarkdownText() {}

  /** {@code text} as literal inline Markdown; null stays empty. */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    String line = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean escape =
          INLINE.indexOf(c) >= 0
              || (i == 0 && BLOCK_START.indexOf(c) >= 0)
              || ((c == '.' || c == ')') && i > 0 && isLeadingNumber(line, i));
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** "12." or "12)" at the start would make an ordered list. */
  private static boolean isLeadingNumber(String line, int end) {
    for (int i = 0; i < end; i++) {
      if (!Character.isDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An autolink for an absolute http(s) URL; anything else as plain escaped text. */
  static String link(String url) {
    if (url == null) {
      return "";
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return "<" + uri.toASCIIString() + ">";
      }
    } catch (URISyntaxException e) {
      // not a URL: shown as text below
    }
    return text(url);
  }
}
