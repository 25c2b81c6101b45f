package org.dutyboard.rotation.change;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ShiftOverrideInput")
@Description("An override to add: who holds a role instead of, or besides, the scheduled holder.")
public record ShiftOverrideInput(
    @NonNull @Description("The role to change.") String role,
    @NonNull @Description("How the override changes who holds the role.") OverrideKind kind,
    @Id @Description("Who holds the role (REPLACE, ADD); omit for REMOVE.") UUID personId,
    @NonNull @Description("Start; not in the past.") Instant startsAt,
    @NonNull @Description("End; after the start.") Instant endsAt,
    @NonNull @Description("Why, for the history.") String reason) {}
