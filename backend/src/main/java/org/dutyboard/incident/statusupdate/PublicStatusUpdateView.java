package org.dutyboard.incident.statusupdate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What anyone may read. By its type it carries nothing internal: no title, author or timeline. */
@Type("PublicStatusUpdate")
@Description("A status update of a PUBLIC incident, as the public status page shows it.")
public record PublicStatusUpdateView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Public reference of the incident, e.g. INC-42.") String incident,
    @NonNull @Description("The incident's public headline.") String headline,
    @NonNull @Description("What it announces.") PublicStatus status,
    @NonNull @Description("The text for the public.") String message,
    @NonNull @Description("When it was posted.") Instant postedAt,
    @NonNull @Description("Component statuses it states.")
        List<@NonNull ComponentStatusEntryView> components) {}
