package org.dutyboard.summary.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dutyboard.followup.FollowUpStatus;
import org.dutyboard.summary.meeting.MeetingWeek;

/**
 * Follow-up series of a trend, with the weekly summary's rules: created and completed (done) in a
 * week; overdue at a week's end when created before it, due before the week's meeting and not
 * closed by the week's end. Pure.
 */
public final class FollowUpTrends {
  private FollowUpTrends() {}

  /** One follow-up; {@code completedAt} is when it was closed, if it was. */
  public record Row(
      Instant createdAt, Instant completedAt, FollowUpStatus status, LocalDate dueOn) {
    boolean openAt(Instant end) {
      return status == FollowUpStatus.OPEN
          || status == FollowUpStatus.IN_PROGRESS
          || (completedAt != null && !completedAt.isBefore(end));
    }
  }

  public record Result(
      TrendSeriesView created, TrendSeriesView completed, TrendSeriesView overdue) {}

  public static Result of(TrendWeeks weeks, List<Row> rows) {
    int n = weeks.size();
    int[] created = new int[n];
    int[] completed = new int[n];
    int[] overdue = new int[n];
    for (Row row : rows) {
      int c = weeks.indexOf(row.createdAt());
      if (c >= 0) {
        created[c]++;
      }
      int d = row.status() == FollowUpStatus.DONE ? weeks.indexOf(row.completedAt()) : -1;
      if (d >= 0) {
        completed[d]++;
      }
      for (int i = 0; i < n; i++) {
        MeetingWeek.Week week = weeks.get(i);
        if (row.createdAt().isBefore(week.end())
            && row.dueOn() != null
            && row.dueOn().isBefore(week.meetingDate())
            && row.openAt(week.end())) {
          overdue[i]++;
        }
      }
    }
    return new Result(
        TrendSeriesView.of(created), TrendSeriesView.of(completed), TrendSeriesView.of(overdue));
  }
}
