package org.dutyboard.people;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Team")
@Description("A team; it owns rotations and has members.")
public record TeamView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Unique team name.") String name,
    @Description("What the team does.") String description,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
