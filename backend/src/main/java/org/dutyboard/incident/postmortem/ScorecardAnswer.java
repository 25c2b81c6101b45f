package org.dutyboard.incident.postmortem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ScorecardAnswer")
@Description("An answer to a scorecard question.")
public enum ScorecardAnswer {
  @Description("Yes.")
  YES,
  @Description("No.")
  NO,
  @Description("Does not apply to this incident.")
  NOT_APPLICABLE
}
