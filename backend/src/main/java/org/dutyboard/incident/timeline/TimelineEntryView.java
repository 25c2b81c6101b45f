package org.dutyboard.incident.timeline;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineEntry")
@Description("One entry of an incident's living status document. Entries are never edited.")
public record TimelineEntryView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @Id @NonNull @Description("The incident.") UUID incidentId,
    @NonNull @Description("What it records.") TimelineKind kind,
    @NonNull @Description("When it happened (may be before it was written).") Instant occurredAt,
    @NonNull @Description("When it was written.") Instant writtenAt,
    @NonNull @Description("Who wrote it: a person's handle or a token's name.") String author,
    @NonNull @Description("The text.") String text,
    @Id @Description("The entry this one corrects, if any.") UUID correctsEntryId) {}
