package org.dutyboard.incident.statusupdate;

import org.dutyboard.component.ComponentStatus;
import org.dutyboard.component.ComponentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ComponentStatusEntry")
@Description("A component's status as a status update states it.")
public record ComponentStatusEntryView(
    @NonNull @Description("The component.") ComponentView component,
    @NonNull @Description("Its status.") ComponentStatus status) {}
