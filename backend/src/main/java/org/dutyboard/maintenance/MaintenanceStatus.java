package org.dutyboard.maintenance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * Where a maintenance window is in its life. It only moves forward: SCHEDULED, IN_PROGRESS,
 * VERIFYING, COMPLETED; CANCELLED is possible only before it starts. The first four are
 * Statuspage's values; cancelled windows never reach the status site.
 */
@Enum("MaintenanceStatus")
@Description(
    "Where a maintenance window is in its life; it only moves forward. CANCELLED only before it"
        + " starts.")
public enum MaintenanceStatus {
  @Description("Announced, not started yet.")
  SCHEDULED,
  @Description("The work is happening (set automatically at the planned start).")
  IN_PROGRESS,
  @Description("The work is done and being verified.")
  VERIFYING,
  @Description("Over (set automatically at the planned end).")
  COMPLETED,
  @Description("Called off before it started; not shown on the status site.")
  CANCELLED;

  /** COMPLETED or CANCELLED: nothing changes any more. */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }

  /** A public update may keep the status or move it forward, never back, and never cancel. */
  public boolean canPostUpdateWith(MaintenanceStatus next) {
    return !isFinal() && next != CANCELLED && next.ordinal() >= ordinal();
  }
}
