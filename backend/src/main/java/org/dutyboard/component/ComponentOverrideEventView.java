package org.dutyboard.component;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ComponentOverrideEvent")
@Description("One set or clear of a component's manual status.")
public record ComponentOverrideEventView(
    @Id @NonNull @Description("Stable id.") UUID id,
    @Id @NonNull @Description("The component.") UUID componentId,
    @NonNull @Description("Set or clear.") ComponentOverrideAction action,
    @Description("The status set; null for CLEAR.") ComponentStatus status,
    @Description("Why.") String reason,
    @Description("Until when a SET applies; null for \"until cleared\".") Instant until,
    @NonNull @Description("Who did it.") String actor,
    @NonNull @Description("When.") Instant at) {}
