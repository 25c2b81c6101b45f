package org.dutyboard.incident.postmortem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The incident scorecard: a brief assessment of how the response went. */
@Enum("ScorecardQuestion")
@Description("A question of the incident scorecard, assessing briefly how the response went.")
public enum ScorecardQuestion {
  @Description("Did existing monitoring notify the first responders?")
  MONITORING_NOTIFIED_RESPONDERS,
  @Description("Was an Incident Coordinator assigned early?")
  COORDINATOR_ASSIGNED,
  @Description("Was the status document kept up to date during the incident?")
  STATUS_DOCUMENT_KEPT,
  @Description("Was the public status page updated (if users were affected)?")
  PUBLIC_STATUS_PAGE_UPDATED,
  @Description("Was there an accurate runbook for this kind of incident?")
  RUNBOOK_AVAILABLE,
  @Description("Do all follow-up tasks have an owner?")
  FOLLOW_UPS_OWNED,
  @Description("Is this incident different from earlier ones (not a repeat)?")
  NOT_A_REPEAT
}
