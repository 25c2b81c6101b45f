package org.dutyboard.common.error;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Checks free-text input against documented length limits; returns it stripped. Control characters
 * (other than tab and line breaks), lone surrogates and non-characters are refused here, at the
 * input, because text reaches XML, feeds and calendars where they cannot be represented: accepting
 * them would only make a later site build fail. Bidirectional overrides and isolates (U+202A-202E,
 * U+2066-2069) are refused too: they make a text display differently from what it is (a name that
 * reads reversed in a calendar or report).
 */
public final class Texts {
  private Texts() {}

  /** A text that must have 1 to {@code max} characters after stripping. */
  public static String required(String field, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty() || text.length() > max) {
      throw DutyboardException.validation(field, field + " must have 1-" + max + " characters");
    }
    return representable(field, text);
  }

  /** A text that may be absent (null or blank becomes null) but is at most {@code max} long. */
  public static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw DutyboardException.validation(field, field + " is over " + max + " characters");
    }
    return representable(field, text);
  }

  /** A required one-line text (titles, names): no line breaks or tabs. */
  public static String singleLine(String field, String value, int max) {
    String text = required(field, value, max);
    if (text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
      throw DutyboardException.validation(field, field + " must be a single line");
    }
    return text;
  }

  /**
   * A person's or team's name: one line, and not starting with {@code = + - @}, which a spreadsheet
   * opening an export or a pasted table would run as a formula ({@code =HYPERLINK(...)}).
   */
  public static String name(String field, String value, int max) {
    String text = singleLine(field, value, max);
    if ("=+-@".indexOf(text.charAt(0)) >= 0) {
      throw DutyboardException.validation(
          field, field + " must not start with " + text.charAt(0) + " (a spreadsheet formula)");
    }
    return text;
  }

  /** A handle: 1 to {@code max} letters, digits, {@code . _ -} (it appears in URLs and feeds). */
  public static String handle(String field, String value, int max) {
    String text = required(field, value, max);
    if (!HANDLE.matcher(text).matches()) {
      throw DutyboardException.validation(
          field, field + " may contain letters, digits, . _ - only");
    }
    return text;
  }

  /** An optional e-mail address: one {@code @} between non-blank parts, no spaces. */
  public static String email(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text != null && !EMAIL.matcher(text).matches()) {
      throw DutyboardException.validation(field, field + " must be a well-formed email address");
    }
    return text;
  }

  private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.][^@\\s]*");

  private static String representable(String field, String text) {
    text.codePoints()
        .filter(Texts::unsupported)
        .findFirst()
        .ifPresent(
            cp -> {
              throw DutyboardException.validation(
                  field,
                  field + " contains the unsupported character U+" + String.format("%04X", cp));
            });
    return text;
  }

  private static boolean unsupported(int cp) {
    return (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')
        || Character.getType(cp) == Character.SURROGATE
        || cp == 0xFFFE
        || cp == 0xFFFF
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** An optional absolute http(s) URL (tickets, pads, dashboards) of at most 2000 characters. */
  public static String url(String field, String value) {
    String text = optional(field, value, 2000);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw DutyboardException.validation(field, field + " must be an absolute http(s) URL");
  }
}
