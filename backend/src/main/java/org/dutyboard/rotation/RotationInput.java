package org.dutyboard.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.graphql.LocalTimeOfDay;
import org.dutyboard.common.graphql.TimeZone;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RotationInput")
@Description("A rotation to create, or the new settings of one to update.")
public record RotationInput(
    @NonNull @Id @Description("The owning team.") UUID teamId,
    @NonNull @Description("Name, unique within the team, 1-200 characters.") String name,
    @Description("What the duty involves, at most 4000 characters.") String description,
    @NonNull @Description("Time zone the handoff time is in.") TimeZone timeZone,
    @NonNull @Description("Local date from which the first shift may start.") LocalDate startsOn,
    @Description("Weekday of the handoff; requires a shift length in whole weeks.")
        Weekday handoffDay,
    @NonNull @Description("Local time of the handoff, e.g. `10:00`.") LocalTimeOfDay handoffTime,
    @Description("Shift length in days, 1-28; 7 if omitted.") Integer shiftLengthDays,
    @Description("Roles in order (primary first); one `primary` role if omitted.")
        List<@NonNull RoleInput> roles,
    @Description("What a skipped shift does to the order of turns; PAUSE if omitted.")
        SkipPolicy skipPolicy) {}
