package org.dutyboard.site.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Constructor checks shared by the read models (the status site's and the weekly report's); each
 * failure names the offending field.
 */
public final class Checks {

  /** Ids become file names and URL path segments, so they are restricted to a safe alphabet. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

  public static final int MAX_NAME = 255;
  public static final int MAX_BODY = 20_000;

  private Checks() {}

  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required");
  }

  public static String id(String value, String field) {
    required(value, field);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must match " + ID.pattern() + " (it is used in file names and URLs)");
    }
    return value;
  }

  /** Non-blank text that any output format (HTML, XML 1.0, JSON, iCalendar) can carry. */
  public static String text(String value, String field, int maxLength) {
    required(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return checkChars(value, field, maxLength);
  }

  /** Like {@link #text} but null and blank both mean "none" and become null. */
  public static String optionalText(String value, String field, int maxLength) {
    return value == null || value.isBlank() ? null : checkChars(value, field, maxLength);
  }

  private static String checkChars(String value, String field, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    value
        .codePoints()
        .filter(Checks::unrepresentable)
        .findFirst()
        .ifPresent(
            cp -> {
              throw new IllegalArgumentException(
                  field + " contains the unsupported character U+" + Integer.toHexString(cp));
            });
    return value;
  }

  /** Control characters, lone surrogates and non-characters are invalid in XML 1.0. */
  private static boolean unrepresentable(int cp) {
    boolean allowedWhitespace = cp == '\n' || cp == '\r' || cp == '\t';
    return (Character.isISOControl(cp) && !allowedWhitespace)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
        || cp == 0xFFFE
        || cp == 0xFFFF;
  }

  public static <T> List<T> list(Collection<T> values, String field) {
    required(values, field);
    List<T> copy = new ArrayList<>(values.size());
    for (T value : values) {
      copy.add(required(value, field + " element"));
    }
    return List.copyOf(copy);
  }

  public static List<String> ids(Collection<String> values, String field) {
    List<String> copy = list(values, field);
    copy.forEach(id -> id(id, field + " element"));
    unique(copy, field);
    return copy;
  }

  public static void unique(Collection<String> values, String field) {
    var seen = new HashSet<String>();
    for (String value : values) {
      if (!seen.add(value)) {
        throw new IllegalArgumentException(field + " contains the duplicate " + value);
      }
    }
  }

  public static void notBefore(Instant later, Instant earlier, String message) {
    if (later != null && earlier != null && later.isBefore(earlier)) {
      throw new IllegalArgumentException(message);
    }
  }
}
