package org.dutyboard.maintenance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("MaintenanceUpdateInput")
@Description("A public update of a maintenance window.")
public record MaintenanceUpdateInput(
    @Description(
            "The status it announces: the current one or a later one (never back, never"
                + " CANCELLED).")
        MaintenanceStatus status,
    @Description("Public message, 1-10,000 characters.") String message) {}
