package org.dutyboard.summary.meeting;

import org.dutyboard.common.graphql.LocalTimeOfDay;
import org.dutyboard.common.graphql.TimeZone;
import org.dutyboard.rotation.Weekday;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TeamMeetingInput")
@Description("When a team holds its weekly SRE meeting.")
public record TeamMeetingInput(
    @NonNull @Description("The meeting's weekday.") Weekday weekday,
    @NonNull @Description("The meeting's local time, e.g. `10:00`.") LocalTimeOfDay time,
    @NonNull @Description("The zone the time is in.") TimeZone timeZone) {}
