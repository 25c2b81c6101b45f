package org.dutyboard.incident.role;

import java.time.Instant;
import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentRoleHolder")
@Description("Someone holding (or having held) an incident role, with the times.")
public record IncidentRoleHolderView(
    @NonNull @Description("The role.") IncidentRole role,
    @NonNull @Description("Who.") PersonView person,
    @NonNull @Description("When they assumed it.") Instant assumedAt,
    @Description("When they handed it over; null while they hold it.") Instant handedOverAt) {}
