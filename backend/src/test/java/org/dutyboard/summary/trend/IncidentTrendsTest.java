package org.dutyboard.summary.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dutyboard.followup.FollowUpStatus;
import org.dutyboard.incident.Severity;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.junit.jupiter.api.Test;

class IncidentTrendsTest {
  private static final MeetingWeek MONDAYS =
      new MeetingWeek(DayOfWeek.MONDAY, LocalTime.of(10, 0), ZoneOffset.UTC);
  // Four weeks to the meeting of Mon 2026-03-30: week i starts 2026-03-02 + 7i days at 10:00.
  private static final TrendWeeks WEEKS =
      TrendWeeks.ending(MONDAYS, MONDAYS.of(LocalDate.parse("2026-03-29")), 4);

  /** {@code hours} into week {@code i}; a negative week counts back from the trend's start. */
  private static Instant week(int i, int hours) {
    Instant start = i < 0 ? WEEKS.from().minus(Duration.ofDays(-7L * i)) : WEEKS.get(i).start();
    return start.plus(Duration.ofHours(hours));
  }

  @Test
  void declaredAndResolvedBySeverityAndTimeToResolveOfTheWeeksResolved() {
    List<IncidentTrends.Row> rows =
        List.of(
            // declared week 0, resolved week 1 after 30 h (started 2 h before declaring)
            new IncidentTrends.Row(Severity.SEV2, week(0, 140), week(0, 142), week(1, 2), true),
            new IncidentTrends.Row(Severity.SEV3, week(1, 0), week(1, 1), week(1, 10), true),
            new IncidentTrends.Row(Severity.SEV3, week(1, 0), week(1, 1), week(1, 4), true),
            new IncidentTrends.Row(Severity.SEV1, week(3, 0), week(3, 0), null, true),
            // private: only counted
            new IncidentTrends.Row(Severity.SEV1, week(2, 0), week(2, 0), week(2, 5), false),
            // outside the trend: ignored, even though private
            new IncidentTrends.Row(Severity.SEV4, week(-1, 0), week(-1, 0), week(-1, 1), false));
    IncidentTrends.Result r = IncidentTrends.of(WEEKS, rows);

    assertThat(r.declared())
        .extracting(SeverityTrendView::severity)
        .containsExactly(Severity.values());
    assertThat(series(r.declared(), Severity.SEV1)).containsExactly(0, 0, 0, 1);
    assertThat(series(r.declared(), Severity.SEV2)).containsExactly(1, 0, 0, 0);
    assertThat(series(r.declared(), Severity.SEV3)).containsExactly(0, 2, 0, 0);
    assertThat(series(r.declared(), Severity.SEV4)).containsExactly(0, 0, 0, 0);
    assertThat(series(r.resolved(), Severity.SEV1)).containsExactly(0, 0, 0, 0);
    assertThat(series(r.resolved(), Severity.SEV3)).containsExactly(0, 2, 0, 0);
    assertThat(r.privateNotIncluded()).isEqualTo(1);

    // Week 1 resolved: 4 h, 10 h, 30 h -> median 10 h, p90 (nearest rank 3rd) 30 h.
    assertThat(r.timeToResolve().medianSeconds()).containsExactly(null, 36_000, null, null);
    assertThat(r.timeToResolve().p90Seconds()).containsExactly(null, 108_000, null, null);
    assertThat(r.timeToResolve().incidentsWithData()).containsExactly(0, 3, 0, 0);
    assertThat(r.timeToResolve().medianDeltaSeconds()).isNull();
  }

  @Test
  void followUpsCreatedCompletedAndOverdueAtEachWeeksEnd() {
    LocalDate dueInWeek1 = WEEKS.get(1).meetingDate().minusDays(2);
    List<FollowUpTrends.Row> rows =
        List.of(
            // created week 0, due in week 1, done in week 2: overdue at the end of week 1 only
            new FollowUpTrends.Row(week(0, 5), week(2, 5), FollowUpStatus.DONE, dueInWeek1),
            // created week 1, still open, due in week 1: overdue at the end of weeks 1, 2, 3
            new FollowUpTrends.Row(week(1, 5), null, FollowUpStatus.OPEN, dueInWeek1),
            // won't do in week 1: closed, never completed, never overdue
            new FollowUpTrends.Row(week(0, 6), week(1, 1), FollowUpStatus.WONT_DO, dueInWeek1),
            // created long before the trend, no due date
            new FollowUpTrends.Row(week(-5, 0), null, FollowUpStatus.IN_PROGRESS, null));
    FollowUpTrends.Result r = FollowUpTrends.of(WEEKS, rows);
    assertThat(r.created().values()).containsExactly(2, 1, 0, 0);
    assertThat(r.completed().values()).containsExactly(0, 0, 1, 0);
    assertThat(r.overdue().values()).containsExactly(0, 2, 1, 1);
    assertThat(r.overdue().delta()).isZero();
  }

  private static List<Integer> series(List<SeverityTrendView> all, Severity severity) {
    return all.stream()
        .filter(s -> s.severity() == severity)
        .findFirst()
        .orElseThrow()
        .series()
        .values();
  }
}
