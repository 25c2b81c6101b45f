package org.dutyboard.followup;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FollowUpKind")
@Description("What a follow-up improves.")
public enum FollowUpKind {
  @Description("Detect it sooner next time (monitoring, alerting).")
  DETECTIVE,
  @Description("Keep it from happening again.")
  PREVENTIVE,
  @Description("Fix what is broken now.")
  CORRECTIVE
}
