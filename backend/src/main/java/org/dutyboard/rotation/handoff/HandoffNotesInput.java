package org.dutyboard.rotation.handoff;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HandoffNotesInput")
@Description("What the outgoing holder of a role tells the incoming one at a shift boundary.")
public record HandoffNotesInput(
    @NonNull @Id @Description("The rotation.") UUID rotationId,
    @Description("Index of the incoming shift.") int shiftIndex,
    @NonNull @Description("The role handed over.") String role,
    @Description("Free text, at most 20000 characters.") String notes,
    @Description("Links to incidents, follow-ups or tickets, at most 20.") @DefaultValue("[]")
        List<@NonNull String> links) {}
