package org.dutyboard.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.component.ComponentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MaintenanceWindow")
@Description(
    "A scheduled maintenance window. The private fields are null unless the caller has RESPONDER or"
        + " SCHEDULER; they never reach the status site.")
public record MaintenanceWindowView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Public title.") String title,
    @NonNull @Description("Public announcement.") String message,
    @NonNull @Description("Current status.") MaintenanceStatus status,
    @NonNull @Description("Planned start.") Instant plannedStart,
    @NonNull @Description("Planned end.") Instant plannedEnd,
    @NonNull @Description("Affected components, by name.") List<@NonNull ComponentView> components,
    @NonNull @Description("Public updates, oldest first.")
        List<@NonNull MaintenanceUpdateView> updates,
    @Description("Private: the vendor's reference. Null for callers without RESPONDER/SCHEDULER.")
        String vendorReference,
    @Description("Private: the circuit id. Null for callers without RESPONDER/SCHEDULER.")
        String circuitId,
    @Description("Private: internal notes. Null for callers without RESPONDER/SCHEDULER.")
        String internalNotes,
    @Description(
            "Whether the public status site shows it. Windows made from vendor notifications are"
                + " private (false) until a SCHEDULER publishes them.")
        boolean published,
    @NonNull @Description("Who scheduled it.") String createdBy,
    @NonNull @Description("When it was announced.") Instant createdAt,
    @NonNull @Description("Last change.") Instant updatedAt,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
