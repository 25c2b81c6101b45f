package org.dutyboard.rotation.change;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SkippedPeriod")
@Description("A range whose shifts have no duty, e.g. \"No clinic duty this week\".")
public record SkippedPeriodView(
    @Id @NonNull @Description("Stable id.") UUID id,
    @Id @NonNull @Description("The rotation.") UUID rotationId,
    @NonNull @Description("Shifts starting at or after this instant are skipped...")
        Instant startsAt,
    @NonNull @Description("...up to (excluding) this instant.") Instant endsAt,
    @NonNull @Description("Why, e.g. a holiday.") String reason,
    @NonNull @Description("Who made the change.") String author,
    @NonNull @Description("When the change was made.") Instant createdAt,
    @Description("When it was cancelled, if it was.") Instant cancelledAt) {}
