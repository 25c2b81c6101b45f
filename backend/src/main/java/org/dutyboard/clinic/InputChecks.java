package org.dutyboard.clinic;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.page.PageRequest;

/**
 * Checks of free-text inputs shared by clinic features; failures are VALIDATION errors naming the
 * field. Links (tickets, pads, dashboards) are absolute http(s) URLs of bounded length.
 */
public final class InputChecks {
  public static final int MAX_LENGTH = 2000;

  private InputChecks() {}

  public static String link(String link, String field) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String value = link.strip();
    if (value.length() > MAX_LENGTH) {
      throw DutyboardException.validation(field, field + " is over " + MAX_LENGTH + " characters");
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw DutyboardException.validation(field, field + " must be an absolute http(s) URL");
  }

  /** A required, stripped text of 1..max characters. */
  public static String text(String text, String field, int max) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty() || value.length() > max) {
      throw DutyboardException.validation(field, field + " must have 1-" + max + " characters");
    }
    return value;
  }

  /** A required half-open range [from, to). */
  public static void range(Instant from, Instant to) {
    if (from == null) {
      throw DutyboardException.validation("from", "from is required");
    }
    if (to == null) {
      throw DutyboardException.validation("to", "to is required");
    }
    if (!to.isAfter(from)) {
      throw DutyboardException.validation("to", "to must be after from");
    }
  }

  /** The instant in a cursor of a list sorted by an instant (see {@link PageRequest#cursor}). */
  public static Instant cursorInstant(PageRequest page) {
    try {
      return Instant.parse(page.afterKey());
    } catch (DateTimeParseException e) {
      throw DutyboardException.validation("after", "after is not a cursor returned by this API");
    }
  }
}
