package org.dutyboard.maintenance;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MaintenanceWhen")
@Description("Which maintenance windows to list, by status.")
public enum MaintenanceWhen {
  @Description("SCHEDULED ones, soonest start first.")
  UPCOMING(List.of(MaintenanceStatus.SCHEDULED), false),
  @Description("IN_PROGRESS or VERIFYING ones, earliest start first.")
  ACTIVE(List.of(MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.VERIFYING), false),
  @Description("COMPLETED or CANCELLED ones, latest start first.")
  PAST(List.of(MaintenanceStatus.COMPLETED, MaintenanceStatus.CANCELLED), true);

  final List<MaintenanceStatus> statuses;
  final boolean newestFirst;

  MaintenanceWhen(List<MaintenanceStatus> statuses, boolean newestFirst) {
    this.statuses = statuses;
    this.newestFirst = newestFirst;
  }
}
