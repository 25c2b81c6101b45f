package org.dutyboard.delivery.dutyline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dutyboard.site.render.TimeFormat;

/**
 * One rotation's "who is on duty" line for chat topics and wikis, e.g. {@code Clinic duty: Ada
 * Brightwater (backup: Bram Okafor) until Tue 10:00 UTC}: the first role's holder, the other roles
 * in the rotation's order, and when the first holder hands over, in the rotation's zone (with the
 * date too when that is a week or more away).
 */
public final class DutyLine {
  private static final DateTimeFormatter SOON =
      DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter LATER =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  /** Who holds a role now, and until when. */
  public record Holder(String role, String person, Instant until) {}

  private DutyLine() {}

  public static String of(String rotation, ZoneId zone, List<Holder> holders, Instant now) {
    if (holders.isEmpty()) {
      return rotation + ": nobody on duty";
    }
    Holder first = holders.get(0);
    StringBuilder line = new StringBuilder(rotation).append(": ").append(first.person());
    if (holders.size() > 1) {
      line.append(" (");
      for (int i = 1; i < holders.size(); i++) {
        Holder h = holders.get(i);
        line.append(i > 1 ? ", " : "").append(h.role()).append(": ").append(h.person());
      }
      line.append(')');
    }
    return line.append(" until ").append(time(first.until(), zone, now)).toString();
  }

  static String time(Instant at, ZoneId zone, Instant now) {
    DateTimeFormatter format =
        Duration.between(now, at).compareTo(Duration.ofDays(6)) < 0 ? SOON : LATER;
    return format.withZone(zone).format(at)
        + " "
        + TimeFormat.offset(zone.getRules().getOffset(at));
  }
}
