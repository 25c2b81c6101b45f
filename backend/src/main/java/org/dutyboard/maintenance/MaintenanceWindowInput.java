package org.dutyboard.maintenance;

import io.smallrye.graphql.api.Nullable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MaintenanceWindowInput")
@Description(
    "A maintenance window's content. Title, message, times and components are public; vendor"
        + " reference, circuit id and internal notes are private.")
public record MaintenanceWindowInput(
    @Description("Public title, 1-200 characters.") String title,
    @Description("Public announcement, 1-10,000 characters.") String message,
    @Description("Planned start.") Instant plannedStart,
    @Description("Planned end; must be after the start.") Instant plannedEnd,
    @Nullable @Id @Description("Ids of the affected status-page components.")
        List<@NonNull String> componentIds,
    @Description("Private: the vendor's reference (e.g. their ticket), at most 200 characters.")
        String vendorReference,
    @Description("Private: the affected circuit's id, at most 200 characters.") String circuitId,
    @Description("Private: notes for the team, at most 10,000 characters.") String internalNotes) {}
