package org.dutyboard.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.graphql.LocalTimeOfDay;
import org.dutyboard.common.graphql.TimeZone;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.TeamView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Rotation")
@Description(
    "A duty rotation: shifts handing off at a local time in a time zone, roles filled per shift"
        + " from an ordered roster.")
public record RotationView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("The owning team.") TeamView team,
    @NonNull @Description("Name, unique within the team.") String name,
    @Description("What the duty involves.") String description,
    @NonNull @Description("Time zone of the handoff time.") TimeZone timeZone,
    @NonNull @Description("Local date from which the first shift may start.") LocalDate startsOn,
    @Description("Weekday of the handoff, if shifts are tied to one.") Weekday handoffDay,
    @NonNull @Description("Local time of the handoff.") LocalTimeOfDay handoffTime,
    @Description("Shift length in days.") int shiftLengthDays,
    @NonNull @Description("Roles filled on every shift, in order.")
        List<@NonNull RotationRoleView> roles,
    @NonNull
        @Description(
            "The latest roster in order; role holders are drawn from it. Earlier shifts keep the"
                + " roster that was in effect when they ran.")
        List<@NonNull PersonView> roster,
    @NonNull @Description("What a skipped shift does to the order of turns.") SkipPolicy skipPolicy,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
