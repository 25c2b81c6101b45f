package org.dutyboard.rotation.change;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ShiftOverride")
@Description("A change of who holds a role for a time range.")
public record ShiftOverrideView(
    @Id @NonNull @Description("Stable id.") UUID id,
    @Id @NonNull @Description("The rotation.") UUID rotationId,
    @NonNull @Description("The role it changes.") String role,
    @NonNull @Description("How the override changes who holds the role.") OverrideKind kind,
    @Id @Description("The person put on duty (REPLACE, ADD).") UUID personId,
    @NonNull @Description("Start of the range.") Instant startsAt,
    @NonNull @Description("End of the range.") Instant endsAt,
    @NonNull @Description("Why.") String reason,
    @NonNull @Description("Who made the change.") String author,
    @NonNull @Description("When the change was made.") Instant createdAt,
    @Description("When it was cancelled, if it was.") Instant cancelledAt) {}
