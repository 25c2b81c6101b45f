package org.dutyboard.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Where an incident is in its lifecycle; see {@link IncidentLifecycle} for the transitions. */
@Enum("IncidentStatus")
@Description(
    "Lifecycle state. INVESTIGATING, IDENTIFIED and MONITORING are active; RESOLVED ends the"
        + " impact; CLOSED ends the work and is set only by the coordinator (or an admin).")
public enum IncidentStatus {
  @Description("Impact is ongoing and the cause is not known yet.")
  INVESTIGATING,
  @Description("The cause is known; a fix or mitigation is under way.")
  IDENTIFIED,
  @Description("A fix or mitigation is in place (sets `mitigatedAt`); watching that it holds.")
  MONITORING,
  @Description("Impact has ended (sets `resolvedAt`). Can be reopened.")
  RESOLVED,
  @Description(
      "The coordinator declared the incident over (report in review or waived). Read-only"
          + " until reopened.")
  CLOSED;

  public boolean isActive() {
    return this == INVESTIGATING || this == IDENTIFIED || this == MONITORING;
  }
}
