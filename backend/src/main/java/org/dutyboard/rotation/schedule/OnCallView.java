package org.dutyboard.rotation.schedule;

import java.time.Instant;
import org.dutyboard.people.PersonView;
import org.dutyboard.rotation.RotationView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OnCall")
@Description("Who holds a role of a rotation at a given instant, and for which shift.")
public record OnCallView(
    @NonNull @Description("The rotation.") RotationView rotation,
    @NonNull @Description("The role, e.g. `primary`.") String role,
    @NonNull @Description("The person on duty.") PersonView person,
    @NonNull @Description("Where the assignment comes from.") ShiftSource source,
    @NonNull @Description("Start of the current shift.") Instant shiftStart,
    @NonNull @Description("End of the current shift (the next handoff).") Instant shiftEnd,
    @NonNull
        @Description(
            "When this person stops holding the role (earlier than shiftEnd for overrides).")
        Instant until) {}
