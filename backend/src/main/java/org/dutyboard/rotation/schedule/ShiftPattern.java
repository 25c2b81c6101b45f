package org.dutyboard.rotation.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When a rotation's shifts begin: every {@code lengthDays} days at {@code handoffTime} local time
 * in {@code zone}, the first one on {@code startsOn} (moved forward to {@code handoffDay} when one
 * is set). Keeping the handoff in local time is what makes "Tuesday 10:00" stay 10:00 across DST.
 */
public record ShiftPattern(
    ZoneId zone, LocalDate startsOn, DayOfWeek handoffDay, LocalTime handoffTime, int lengthDays) {

  /** Longest shift we accept; a rotation handing off less than every four weeks is unusual. */
  public static final int MAX_LENGTH_DAYS = 28;

  public ShiftPattern {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(handoffTime, "handoffTime");
    if (lengthDays < 1 || lengthDays > MAX_LENGTH_DAYS) {
      throw new IllegalArgumentException("lengthDays must be between 1 and " + MAX_LENGTH_DAYS);
    }
    if (handoffDay != null && lengthDays % 7 != 0) {
      throw new IllegalArgumentException("a handoff weekday needs a shift length in whole weeks");
    }
  }

  /** The local date of the first handoff: {@code startsOn}, or the next {@code handoffDay}. */
  public LocalDate firstHandoffDate() {
    return handoffDay == null ? startsOn : startsOn.with(TemporalAdjusters.nextOrSame(handoffDay));
  }
}
