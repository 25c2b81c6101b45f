package org.dutyboard.summary.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The week of a team's weekly SRE meeting: from one meeting to the next, half-open {@code [start,
 * end)}. Meetings are at a local weekday and time in a zone, so a week spanning a DST change is 167
 * or 169 hours (or 167.5 on Lord Howe). A local time that does not exist on a meeting day (in a
 * spring-forward gap) moves forward by the gap's length; an ambiguous one takes the earlier offset.
 */
public record MeetingWeek(DayOfWeek weekday, LocalTime time, ZoneId zone) {

  /** One meeting week. */
  public record Week(Instant start, Instant end, LocalDate startDate, LocalDate meetingDate) {}

  public MeetingWeek {
    Objects.requireNonNull(weekday, "weekday");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
  }

  /** The meeting held on {@code date} (which must be a meeting weekday). */
  public Instant meetingOn(LocalDate date) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  /** The week containing {@code at}: from the last meeting at or before it to the next one. */
  public Week containing(Instant at) {
    LocalDate date = at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(weekday));
    if (meetingOn(date).isAfter(at)) {
      date = date.minusWeeks(1);
    }
    LocalDate next = date.plusWeeks(1);
    return new Week(meetingOn(date), meetingOn(next), date, next);
  }

  /** The week containing the start of the local day {@code day} in the meeting's zone. */
  public Week of(LocalDate day) {
    return containing(day.atStartOfDay(zone).toInstant());
  }
}
