package org.dutyboard.rotation.coverage;

import java.time.Instant;
import org.dutyboard.rotation.RotationView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CoverageGap")
@Description("An interval in which nobody holds a role of a rotation.")
public record CoverageGapView(
    @NonNull @Description("The rotation.") RotationView rotation,
    @NonNull @Description("The role nobody holds.") String role,
    @NonNull @Description("Start of the gap (inclusive; not before the query's now).")
        Instant start,
    @NonNull @Description("End of the gap (exclusive; not after the query's horizon).") Instant end,
    @NonNull @Description("Why nobody holds the role.") CoverageGapReason reason) {}
