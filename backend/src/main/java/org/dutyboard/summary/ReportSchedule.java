package org.dutyboard.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dutyboard.summary.meeting.MeetingWeek;

/**
 * Which weeks of a team the weekly report is due for at a given instant: the week that ended at the
 * most recent meeting boundary at least {@code delay} ago, and the weeks before it back to {@code
 * horizonWeeks}, but none that ended before the team existed. Weeks are named by the local date of
 * the meeting that ends them; boundaries follow the meeting's zone, so DST shifts them in UTC.
 */
record ReportSchedule(Duration delay, int horizonWeeks) {

  ReportSchedule {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    if (horizonWeeks < 1 || horizonWeeks > 520) {
      throw new IllegalArgumentException("horizonWeeks must be 1..520");
    }
  }

  /** Meeting dates of the due weeks, newest first. */
  List<LocalDate> due(MeetingWeek rule, Instant now, Instant teamCreatedAt) {
    // The week containing now - delay starts at the latest boundary b with b + delay <= now.
    MeetingWeek.Week current = rule.containing(now.minus(delay));
    List<LocalDate> due = new ArrayList<>();
    for (int k = 0; k < horizonWeeks; k++) {
      LocalDate meeting = current.startDate().minusWeeks(k);
      if (!rule.meetingOn(meeting).isAfter(teamCreatedAt)) {
        break;
      }
      due.add(meeting);
    }
    return due;
  }

  /**
   * A day whose start lies in the week ending at the meeting of {@code meetingDate} (the {@code
   * weekOf} of the summary): the day before, whatever the meeting's time (even 00:00).
   */
  static LocalDate weekOf(LocalDate meetingDate) {
    return meetingDate.minusDays(1);
  }

  /** The week that ends at the meeting of {@code meetingDate}. */
  static MeetingWeek.Week endingAt(MeetingWeek rule, LocalDate meetingDate) {
    return rule.of(weekOf(meetingDate));
  }
}
