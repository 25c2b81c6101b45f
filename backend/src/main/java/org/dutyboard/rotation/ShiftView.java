package org.dutyboard.rotation;

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
    @NonNull @Description("Role holders, in role order; empty while the roster is empty.")
        List<@NonNull ShiftAssignmentView> assignments) {}
