package org.dutyboard.incident;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TransitionIncidentInput")
@Description("A move of an incident to another state.")
public record TransitionIncidentInput(
    @NonNull @Description("The state to move to.") IncidentStatus status,
    @Description("When it took effect; now if omitted.") Instant at,
    @Description("A note for the timeline, at most 2,000 characters.") String note) {}
