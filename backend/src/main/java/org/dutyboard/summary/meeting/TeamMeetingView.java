package org.dutyboard.summary.meeting;

import java.util.UUID;
import org.dutyboard.common.graphql.LocalTimeOfDay;
import org.dutyboard.common.graphql.TimeZone;
import org.dutyboard.rotation.Weekday;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TeamMeeting")
@Description("A team's weekly SRE meeting; the summary week runs from one meeting to the next.")
public record TeamMeetingView(
    @Id @NonNull @Description("The team.") UUID teamId,
    @NonNull @Description("The meeting's weekday.") Weekday weekday,
    @NonNull @Description("The meeting's local time.") LocalTimeOfDay time,
    @NonNull @Description("The zone the time is in.") TimeZone timeZone,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {

  static TeamMeetingView of(TeamMeeting m) {
    return new TeamMeetingView(
        m.teamId,
        m.weekday,
        LocalTimeOfDay.of(m.localTime),
        new TimeZone(m.timeZone),
        (int) m.version);
  }
}
