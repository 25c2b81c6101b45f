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

  private static final boolean[] ESCAPED_ANYWHERE = new boolean[128];

  static {
    INLINE.chars().forEach(c -> ESCAPED_ANYWHERE[c] = true);
  }

  /** Escaped at the start of the text, where they would start a block. */
  private static final String BLOCK_START = "#+-=>";

  /** Line breaks of any kind. */
  private static final String LINE_BREAK = "\r\n\u2028\u2029";

  private static final Pattern LINE_BREAKS = Pattern.compile("[" + LINE_BREAK + "]+");

  private MarkdownText() {}

  /** {@code text} as literal inline Markdown; null stays empty. */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    // Every value of every summary passes here, and few hold a line break or a character to
    // escape: the pattern and a copy only then.
    String line = (hasLineBreak(text) ? LINE_BREAKS.matcher(text).replaceAll(" ") : text).strip();
    int first = 0;
    while (first < line.length() && !escaped(line, first)) {
      first++;
    }
    if (first == line.length()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 8).append(line, 0, first);
    for (int i = first; i < line.length(); i++) {
      if (escaped(line, i)) {
        out.append('\\');
      }
      out.append(line.charAt(i));
    }
    return out.toString();
  }

  /** Whether the character at {@code i} needs a backslash. */
  private static boolean escaped(String line, int i) {
    char c = line.charAt(i);
    return (c < ESCAPED_ANYWHERE.length && ESCAPED_ANYWHERE[c])
        || (i == 0 && BLOCK_START.indexOf(c) >= 0)
        || ((c == '.' || c == ')') && i > 0 && isLeadingNumber(line, i));
  }

  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (LINE_BREAK.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
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
