package org.dutyboard.rotation.schedule;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Shift")
@Description("One shift of a rotation: a half-open interval [start, end) and its role holders.")
public record ShiftView(
    @Description("Position in the rotation: 0 is the first shift ever.") int index,
    @NonNull @Description("When the shift starts (the handoff).") Instant start,
    @NonNull @Description("When the shift ends (the next handoff).") Instant end,
    @Description("True when the shift is skipped (no duty), e.g. \"No clinic duty this week\".")
        boolean skipped,
    @NonNull
        @Description(
            "Role holders in role order, each for the part of the shift they hold it; empty while"
                + " the roster is empty or the shift is skipped.")
        List<@NonNull ShiftAssignmentView> assignments) {}
