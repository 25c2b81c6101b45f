package org.dutyboard.component;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Component")
@Description("A part of the service the public status page reports on.")
public record ComponentView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Unique name shown on the status page.") String name,
    @Description("What the component is, for readers of the status page.") String description,
    @Description("Heading it is grouped under on the status page; null when ungrouped.")
        String group,
    @Description("Position on the status page; lower first.") int displayOrder,
    @Description("Hidden on the status page while operational.") boolean showOnlyWhenDegraded,
    @Description(
            "Status set by hand (replaces the derived status on the status site); null when none.")
        ComponentStatus statusOverride,
    @Description("When the manual status stops applying; null for \"until cleared\".")
        Instant statusOverrideUntil,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
