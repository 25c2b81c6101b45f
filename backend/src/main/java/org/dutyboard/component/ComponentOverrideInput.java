package org.dutyboard.component;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ComponentOverrideInput")
@Description("A manual status for a component.")
public record ComponentOverrideInput(
    @Description("The status the status site shows while the override applies.")
        ComponentStatus status,
    @Description("Why, 1-2,000 characters; recorded in the override history.") String reason,
    @Description("Stops applying at this time (must be in the future); omit for until cleared.")
        Instant until) {}
