package org.dutyboard.incident.statusupdate;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatusUpdateInput")
@Description("A message for the public status page.")
public record StatusUpdateInput(
    @NonNull @Description("What it announces.") PublicStatus status,
    @NonNull @Description("The text for the public, 1-5,000 characters.") String message,
    @Description("Component statuses it states.") List<ComponentStatusInput> components) {}
