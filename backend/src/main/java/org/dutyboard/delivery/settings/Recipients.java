package org.dutyboard.delivery.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dutyboard.common.error.DutyboardException;

/**
 * The email recipients of a team's weekly report: plain addresses ({@code local@domain}, the common
 * subset of RFC 5321 that mail servers accept), no display names, no duplicates.
 */
public final class Recipients {
  /** At most this many addresses per team. */
  public static final int MAX = 50;

  private static final int MAX_LENGTH = 254;
  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private Recipients() {}

  /**
   * The addresses trimmed, in the given order, without repeats (compared ignoring case); a
   * VALIDATION error naming the first bad one ({@code recipients[i]}).
   */
  static List<String> validated(List<String> addresses) {
    if (addresses == null) {
      throw DutyboardException.validation("recipients", "recipients is required (may be empty)");
    }
    if (addresses.size() > MAX) {
      throw DutyboardException.validation("recipients", "at most " + MAX + " recipients per team");
    }
    List<String> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < addresses.size(); i++) {
      String address = addresses.get(i) == null ? "" : addresses.get(i).strip();
      if (address.length() > MAX_LENGTH || !ADDRESS.matcher(address).matches()) {
        throw DutyboardException.validation(
            "recipients[" + i + "]",
            "recipients[" + i + "] is not an email address like ops@example.org");
      }
      if (seen.add(address.toLowerCase(Locale.ROOT))) {
        result.add(address);
      }
    }
    return result;
  }
}
