package org.dutyboard.incident.statusupdate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StatusUpdate")
@Description(
    "A message written for the public status page. It is public only while its incident is"
        + " PUBLIC.")
public record StatusUpdateView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @Id @NonNull @Description("The incident.") UUID incidentId,
    @NonNull @Description("What it announces.") PublicStatus status,
    @NonNull @Description("The text for the public.") String message,
    @NonNull @Description("When it was posted.") Instant postedAt,
    @NonNull @Description("Who posted it.") String author,
    @NonNull @Description("Component statuses it states.")
        List<@NonNull ComponentStatusEntryView> components) {}
