package org.dutyboard.rotation.change;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TradeStatus")
@Description("Where a shift trade stands.")
public enum TradeStatus {
  @Description("Proposed; waits for the counterpart to accept or decline.")
  PENDING,
  @Description("In effect: the schedule shows the swap.")
  ACCEPTED,
  @Description("The counterpart said no.")
  DECLINED,
  @Description("Taken back before the shifts started.")
  UNDONE
}
