package org.dutyboard.rotation.change;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ScheduleChange")
@Description("One entry of a rotation's history: what changed, who changed it, when and why.")
public record ScheduleChangeView(
    @Id @NonNull @Description("Stable id.") UUID id,
    @NonNull @Description("What kind of change.") ScheduleChangeKind kind,
    @NonNull @Description("What changed, in words.") String summary,
    @Description("Why, as given by the author.") String reason,
    @NonNull @Description("Who made the change.") String author,
    @NonNull @Description("When.") Instant createdAt) {}
