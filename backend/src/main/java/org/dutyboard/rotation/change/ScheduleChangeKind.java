package org.dutyboard.rotation.change;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ScheduleChangeKind")
@Description("What kind of change an entry of a rotation's history records.")
public enum ScheduleChangeKind {
  @Description("The rotation was created.")
  ROTATION_CREATED,
  @Description("The rotation's settings or roles changed.")
  ROTATION_UPDATED,
  @Description("A new roster applies from a shift on.")
  ROSTER_CHANGED,
  @Description("An override was added.")
  OVERRIDE_ADDED,
  @Description("An override was cancelled.")
  OVERRIDE_CANCELLED,
  @Description("Shifts were marked as \"no duty\".")
  SHIFTS_SKIPPED,
  @Description("A skipped period was cancelled.")
  SKIP_CANCELLED,
  @Description("A trade was proposed and waits for the counterpart.")
  TRADE_PENDING,
  @Description("A trade was accepted (or recorded by a scheduler) and is in effect.")
  TRADE_ACCEPTED,
  @Description("The counterpart declined a trade.")
  TRADE_DECLINED,
  @Description("A trade was taken back before its shifts started.")
  TRADE_UNDONE,
  @Description("A schedule table was imported.")
  SCHEDULE_IMPORTED;

  /** The history entry of a trade reaching {@code status}. */
  public static ScheduleChangeKind trade(TradeStatus status) {
    return valueOf("TRADE_" + status.name());
  }
}
