package org.dutyboard.summary.trend;

import java.time.Instant;
import java.time.LocalDate;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TrendWeek")
@Description("One meeting week of a trend.")
public record TrendWeekView(
    @NonNull @Description("Start: the meeting before.") Instant start,
    @NonNull @Description("End (exclusive): the meeting that reviews the week.") Instant end,
    @NonNull @Description("Local date of the meeting that reviews the week; names the week.")
        LocalDate meetingDate) {

  static TrendWeekView of(MeetingWeek.Week week) {
    return new TrendWeekView(week.start(), week.end(), week.meetingDate());
  }
}
