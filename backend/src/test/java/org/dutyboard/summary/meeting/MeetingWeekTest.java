package org.dutyboard.summary.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MeetingWeekTest {
  private static MeetingWeek mondays(String time, String zone) {
    return new MeetingWeek(DayOfWeek.MONDAY, LocalTime.parse(time), ZoneId.of(zone));
  }

  @Test
  void aWeekRunsFromOneMeetingToTheNext() {
    MeetingWeek.Week week =
        mondays("10:00", "Europe/Berlin").containing(Instant.parse("2026-06-10T12:00:00Z"));
    assertThat(week.start()).isEqualTo(Instant.parse("2026-06-08T08:00:00Z"));
    assertThat(week.end()).isEqualTo(Instant.parse("2026-06-15T08:00:00Z"));
    assertThat(week.meetingDate()).isEqualTo(LocalDate.parse("2026-06-15"));
  }

  @Test
  void theMeetingInstantItselfStartsTheNextWeek() {
    MeetingWeek meeting = mondays("10:00", "Europe/Berlin");
    Instant at = Instant.parse("2026-06-15T08:00:00Z");
    assertThat(meeting.containing(at).start()).isEqualTo(at);
    assertThat(meeting.containing(at.minusNanos(1)).end()).isEqualTo(at);
  }

  @Test
  void aDayBeforeTheMeetingTimeBelongsToTheWeekTheMeetingReviews() {
    MeetingWeek.Week week = mondays("10:00", "Europe/Berlin").of(LocalDate.parse("2026-06-15"));
    assertThat(week.start()).isEqualTo(Instant.parse("2026-06-08T08:00:00Z"));
    assertThat(week.end()).isEqualTo(Instant.parse("2026-06-15T08:00:00Z"));
  }

  @Test
  void weeksAcrossDstChangesKeepTheLocalMeetingTime() {
    // Europe/Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    MeetingWeek berlin = mondays("10:00", "Europe/Berlin");
    assertThat(duration(berlin, "2026-03-25")).isEqualTo(Duration.ofHours(167));
    assertThat(duration(berlin, "2026-10-21")).isEqualTo(Duration.ofHours(169));
    // America/Chicago springs forward on 2026-03-08.
    assertThat(duration(mondays("09:00", "America/Chicago"), "2026-03-04"))
        .isEqualTo(Duration.ofHours(167));
    // Australia/Lord_Howe moves by 30 minutes on 2026-04-05.
    assertThat(duration(mondays("09:00", "Australia/Lord_Howe"), "2026-04-01"))
        .isEqualTo(Duration.ofMinutes(168 * 60 + 30));
  }

  @Test
  void walkingAYearOfWeeksLeavesNoGapAndNoOverlap() {
    for (String zone : new String[] {"Europe/Berlin", "America/Chicago", "Australia/Lord_Howe"}) {
      MeetingWeek meeting =
          new MeetingWeek(DayOfWeek.SUNDAY, LocalTime.parse("02:30"), ZoneId.of(zone));
      MeetingWeek.Week week = meeting.containing(Instant.parse("2026-01-01T00:00:00Z"));
      for (int i = 0; i < 53; i++) {
        MeetingWeek.Week next = meeting.containing(week.end());
        assertThat(next.start()).isEqualTo(week.end());
        assertThat(Duration.between(next.start(), next.end()).toHours()).isBetween(166L, 169L);
        week = next;
      }
    }
  }

  private static Duration duration(MeetingWeek meeting, String day) {
    MeetingWeek.Week week = meeting.of(LocalDate.parse(day));
    return Duration.between(week.start(), week.end());
  }
}
