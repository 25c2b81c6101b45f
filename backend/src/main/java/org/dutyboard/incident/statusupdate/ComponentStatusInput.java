package org.dutyboard.incident.statusupdate;

import org.dutyboard.component.ComponentStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ComponentStatusInput")
@Description("A component and its status.")
public record ComponentStatusInput(
    @NonNull @Id @Description("Component id.") String componentId,
    @NonNull @Description("Its status.") ComponentStatus status) {}
