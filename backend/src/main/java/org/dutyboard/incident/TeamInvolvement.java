package org.dutyboard.incident;

import org.dutyboard.incident.postmortem.PostmortemRequirement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Whether the team did work on an incident; an input of {@link PostmortemRequirement}. */
@Enum("TeamInvolvement")
@Description("Whether the team worked on the incident; decides whether a report is required.")
public enum TeamInvolvement {
  @Description("The team started the incident (the default for incidents declared here).")
  STARTED,
  @Description("The team got pulled into someone else's incident and did work for it.")
  PULLED_IN,
  @Description("Tracked for awareness only; the team did no work (e.g. a provider's outage).")
  NONE
}
