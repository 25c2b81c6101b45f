package org.dutyboard.incident.timeline;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TimelineEntryInput")
@Description("A new timeline entry.")
public record TimelineEntryInput(
    @NonNull @Description("ACTION, OBSERVATION, DECISION or COMMUNICATION.") TimelineKind kind,
    @NonNull @Description("The text, 1-10,000 characters.") String text,
    @Description("When it happened; now if omitted. Not in the future.") Instant occurredAt,
    @Id @Description("Id of an entry of the same incident this one corrects.")
        String correctsEntryId) {}
