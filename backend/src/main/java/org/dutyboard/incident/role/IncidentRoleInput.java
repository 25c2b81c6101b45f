package org.dutyboard.incident.role;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IncidentRoleInput")
@Description("Who takes up or hands over which incident role, and when.")
public record IncidentRoleInput(
    @NonNull @Description("The role.") IncidentRole role,
    @NonNull @Id @Description("The person.") String personId,
    @Description("When it happened; now if omitted.") Instant at) {}
