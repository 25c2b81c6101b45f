package org.dutyboard.summary.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.junit.jupiter.api.Test;

class TrendWeeksTest {
  private static final MeetingWeek BERLIN =
      new MeetingWeek(DayOfWeek.MONDAY, LocalTime.of(10, 0), ZoneId.of("Europe/Berlin"));

  private static TrendWeeks twelveWeeksTo(MeetingWeek rule, String meeting) {
    return TrendWeeks.ending(rule, rule.of(LocalDate.parse(meeting).minusDays(1)), 12);
  }

  @Test
  void twelveContiguousWeeksOldestFirstEndingWithTheGivenWeek() {
    TrendWeeks weeks = twelveWeeksTo(BERLIN, "2026-03-30");
    assertThat(weeks.size()).isEqualTo(12);
    assertThat(weeks.get(11).meetingDate()).isEqualTo(LocalDate.parse("2026-03-30"));
    assertThat(weeks.get(0).meetingDate()).isEqualTo(LocalDate.parse("2026-01-12"));
    for (int i = 1; i < 12; i++) {
      assertThat(weeks.get(i).start()).isEqualTo(weeks.get(i - 1).end());
    }
  }

  @Test
  void weeksFollowTheMeetingsLocalTimeAcrossDstChanges() {
    // Spring forward (29 Mar 2026) and fall back (25 Oct 2026) in Berlin.
    TrendWeeks spring = twelveWeeksTo(BERLIN, "2026-03-30");
    assertThat(Duration.between(spring.get(11).start(), spring.get(11).end())).hasHours(167);
    assertThat(Duration.between(spring.get(10).start(), spring.get(10).end())).hasHours(168);
    TrendWeeks autumn = twelveWeeksTo(BERLIN, "2026-10-26");
    assertThat(Duration.between(autumn.get(11).start(), autumn.get(11).end())).hasHours(169);
    // Lord Howe moves by 30 minutes.
    MeetingWeek lordHowe =
        new MeetingWeek(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Australia/Lord_Howe"));
    TrendWeeks howe = twelveWeeksTo(lordHowe, "2026-04-06");
    assertThat(Duration.between(howe.get(11).start(), howe.get(11).end()))
        .isEqualTo(Duration.ofHours(168).plusMinutes(30));
    for (TrendWeeks w : List.of(spring, autumn, howe)) {
      for (int i = 0; i < w.size(); i++) {
        assertThat(w.get(i).start().atZone(w == howe ? lordHowe.zone() : BERLIN.zone()).getHour())
            .isEqualTo(w == howe ? 9 : 10);
      }
    }
  }

  @Test
  void countingPutsInstantsIntoTheirWeekAndEmptyWeeksAreZero() {
    TrendWeeks weeks = twelveWeeksTo(BERLIN, "2026-03-30");
    Instant lastStart = weeks.get(11).start();
    int[] counts =
        weeks.count(
            java.util.Arrays.asList(
                weeks.from(), // first instant of the first week
                lastStart.minusNanos(1), // last instant of week 10
                lastStart, // first instant of the last week
                weeks.to().minusNanos(1),
                weeks.to(), // the next week: not counted
                weeks.from().minusSeconds(1), // before: not counted
                null));
    assertThat(counts).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2);
    assertThat(weeks.indexOf(weeks.to())).isEqualTo(-1);
  }

  @Test
  void seriesCarryTheNewestValueAndItsChange() {
    TrendSeriesView s = TrendSeriesView.of(new int[] {0, 2, 5, 1});
    assertThat(s.values()).containsExactly(0, 2, 5, 1);
    assertThat(s.latest()).isEqualTo(1);
    assertThat(s.delta()).isEqualTo(-4);
    assertThat(TrendSeriesView.of(new int[] {3}).delta()).isZero();
  }
}
