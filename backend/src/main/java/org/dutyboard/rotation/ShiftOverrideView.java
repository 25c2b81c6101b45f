package org.dutyboard.rotation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ShiftOverride")
@Description("A change of who holds a role for a time range.")
public record ShiftOverrideView(
    @Id @NonNull @Description("Stable id.") UUID id,
    @Id @NonNull @Description("The rotation.") UUID rotationId,
    @NonNull @Description("The role it changes.") String role,
    @NonNull @Description("REPLACE, REMOVE or ADD.") String kind,
    @Id @Description("The person put on duty (REPLACE, ADD).") UUID personId,
    @NonNull @Description("Start of the range.") Instant startsAt,
    @NonNull @Description("End of the range.") Instant endsAt,
    @NonNull @Description("Why.") String reason,
    @NonNull @Description("Who made the change.") String author,
    @NonNull @Description("When the change was made.") Instant createdAt,
    @Description("When it was cancelled, if it was.") Instant cancelledAt) {

  static ShiftOverrideView of(ScheduleOverride o) {
    return new ShiftOverrideView(
        o.id,
        o.rotationId,
        o.role,
        o.kind,
        o.personId,
        o.startsAt,
        o.endsAt,
        o.reason,
        o.author,
        o.createdAt,
        o.cancelledAt);
  }
}
