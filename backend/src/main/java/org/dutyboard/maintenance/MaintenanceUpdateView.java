package org.dutyboard.maintenance;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MaintenanceUpdate")
@Description("A public update of a maintenance window.")
public record MaintenanceUpdateView(
    @Id @NonNull @Description("Stable id.") UUID id,
    @NonNull @Description("The status it announced.") MaintenanceStatus status,
    @NonNull @Description("The public message.") String message,
    @NonNull @Description("Who posted it; the system for automatic transitions.") String author,
    @Description("Posted by an automatic transition at the planned start or end.")
        boolean automatic,
    @NonNull @Description("When it was posted.") Instant postedAt) {

  static MaintenanceUpdateView of(MaintenanceUpdateEntry u) {
    return new MaintenanceUpdateView(u.id, u.status, u.message, u.author, u.automatic, u.postedAt);
  }
}
