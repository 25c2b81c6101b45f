package org.dutyboard.followup;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FollowUpPriority")
@Description("How urgent a follow-up is.")
public enum FollowUpPriority {
  @Description("Drop other work for it.")
  URGENT,
  @Description("Next in line.")
  HIGH,
  @Description("Normal planning (the default).")
  MEDIUM,
  @Description("When there is time.")
  LOW
}
