package org.dutyboard.rotation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RosterInput")
@Description("A roster to set: the people in order, from when, and why.")
public record RosterInput(
    @NonNull @Id @Description("Ids of the people, in roster order.") List<@NonNull UUID> personIds,
    @Description("From when the new roster applies; now if omitted. Never in the past.")
        Instant effectiveFrom,
    @Description("Why, for the rotation's history.") String reason) {}
